package org.peaceops.engine.drawdown;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * When the drawdown's sites are due to close and its phases to end, as the daily drawdown check
 * compares them with today.
 */
@Repository
public class DrawdownDeadlines {

    /** When a site is due to close: its own planned closure, else its phase's revised or planned end. */
    static final String SITE_CLOSURE = "coalesce(s.planned_closure, p.revised_end, p.planned_end)";

    /** When a phase is due to end: its revised end once it overran, else its planned end. */
    static final String PHASE_END = "coalesce(p.revised_end, p.planned_end)";

    private final JdbcClient jdbc;

    public DrawdownDeadlines(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The operation's open sites with their planned closure (none when unknown), by phase and site. */
    public List<Due> openSiteClosures(String operationCode) {
        return jdbc.sql("select s.id, " + SITE_CLOSURE + " as due from site s join phase p on p.id = s.phase_id"
                        + " where p.operation_code = ? and s.status = 'OPEN' order by p.seq, s.id")
                .param(operationCode)
                .query(DrawdownDeadlines::due)
                .list();
    }

    /** The operation's phases under way or on hold, with their end (none when unknown), in order. */
    public List<Due> runningPhaseEnds(String operationCode) {
        return jdbc.sql("select p.id, " + PHASE_END + " as due from phase p"
                        + " where p.operation_code = ? and p.status in ('ONGOING', 'ON_HOLD') order by p.seq")
                .param(operationCode)
                .query(DrawdownDeadlines::due)
                .list();
    }

    /** The site's phase, and the site's planned closure. */
    public Due siteClosure(long siteId) {
        return jdbc.sql("select p.id, " + SITE_CLOSURE + " as due from site s join phase p on p.id = s.phase_id"
                        + " where s.id = ?")
                .param(siteId)
                .query(DrawdownDeadlines::due)
                .single();
    }

    public LocalDate phaseEnd(long phaseId) {
        return jdbc.sql("select " + PHASE_END + " from phase p where p.id = ?")
                .param(phaseId)
                .query(LocalDate.class)
                .single();
    }

    private static Due due(ResultSet rs, int row) throws SQLException {
        return new Due(rs.getLong("id"), rs.getObject("due", LocalDate.class));
    }

    /** A site or phase, and when it is due. */
    public record Due(long id, LocalDate due) {}
}
