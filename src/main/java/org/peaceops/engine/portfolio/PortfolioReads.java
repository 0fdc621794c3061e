package org.peaceops.engine.portfolio;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Phases with their sites, and the risk register, as the operations API shows them. */
@Service
public class PortfolioReads {

    private final JdbcClient jdbc;

    public PortfolioReads(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Phase> phases(String operationCode) {
        return jdbc.sql(
                        """
                select id, seq, name, planned_start, planned_end, status, started_on, ended_on, revised_end
                from phase where operation_code = ? order by seq""")
                .param(operationCode)
                .query((rs, n) -> new Phase(
                        rs.getInt(2),
                        rs.getString(3),
                        rs.getObject(4, LocalDate.class),
                        rs.getObject(5, LocalDate.class),
                        rs.getString(6),
                        rs.getObject(7, LocalDate.class),
                        rs.getObject(8, LocalDate.class),
                        rs.getObject(9, LocalDate.class),
                        sites(rs.getLong(1)),
                        readiness(rs.getLong(1))))
                .list();
    }

    /** The phase's readiness decisions (phase-readiness), oldest first, with what followed each. */
    public List<Readiness> readiness(long phaseId) {
        return jdbc.sql(
                        """
                select id, outcome, reasons, decided_at, risk_id from phase_readiness where phase_id = ? order by id""")
                .param(phaseId)
                .query((rs, n) -> new Readiness(
                        rs.getString(2),
                        rs.getString(3),
                        rs.getTimestamp(4).toInstant().toString(),
                        rs.getObject(5) == null ? null : rs.getLong(5),
                        jdbc.sql("select step from phase_readiness_step where readiness_id = ? order by id")
                                .param(rs.getLong(1))
                                .query(String.class)
                                .list()))
                .list();
    }

    private List<Site> sites(long phaseId) {
        return jdbc.sql(
                        """
                select name, type, area, status, closed_on, handover_to, planned_closure, certificate_link from site
                where phase_id = ? order by id""")
                .param(phaseId)
                .query((rs, n) -> new Site(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getObject(5, LocalDate.class),
                        rs.getString(6),
                        rs.getObject(7, LocalDate.class),
                        rs.getString(8)))
                .list();
    }

    /**
     * The transition's dates beyond its stage: the mandate's end, the withdrawal's deadline, the host's
     * withdrawal of consent with its letter, and the day the withdrawal completed.
     */
    public Dates dates(String operationCode) {
        return jdbc.sql(
                        """
                select mandate_end, withdrawal_deadline, consent_withdrawn_on, consent_letter_link, completed_on
                from transition where operation_code = ?""")
                .param(operationCode)
                .query((rs, n) -> new Dates(
                        rs.getObject(1, LocalDate.class),
                        rs.getObject(2, LocalDate.class),
                        rs.getObject(3, LocalDate.class),
                        rs.getString(4),
                        rs.getObject(5, LocalDate.class)))
                .single();
    }

    public record Dates(
            LocalDate mandateEnd,
            LocalDate withdrawalDeadline,
            LocalDate consentWithdrawnOn,
            String consentLetterLink,
            LocalDate completedOn) {}

    private static final String SELECT_RISKS =
            "select id, category, description, likelihood, impact, owner, mitigation, status from risk where operation_code = ?";

    public List<Risk> risks(String operationCode) {
        return jdbc.sql(SELECT_RISKS + " order by id")
                .param(operationCode)
                .query(PortfolioReads::risk)
                .list();
    }

    public Optional<Risk> risk(String operationCode, long id) {
        return jdbc.sql(SELECT_RISKS + " and id = ?")
                .params(operationCode, id)
                .query(PortfolioReads::risk)
                .optional();
    }

    private static Risk risk(ResultSet rs, int row) throws SQLException {
        return new Risk(
                rs.getLong(1),
                rs.getString(2),
                rs.getString(3),
                rs.getString(4),
                rs.getString(5),
                rs.getString(6),
                rs.getString(7),
                rs.getString(8));
    }

    /**
     * A phase as recorded: its plan, its status, the days it started and ended, a revised end once it
     * overran, its sites and its readiness decisions.
     */
    public record Phase(
            int seq,
            String name,
            LocalDate plannedStart,
            LocalDate plannedEnd,
            String status,
            LocalDate startedOn,
            LocalDate endedOn,
            LocalDate revisedEnd,
            List<Site> sites,
            List<Readiness> readiness) {}

    /** A site; {@code plannedClosure} only when it differs from its phase's end. */
    public record Site(
            String name,
            String type,
            String area,
            String status,
            LocalDate closedOn,
            String handoverTo,
            LocalDate plannedClosure,
            String certificateLink) {}

    public record Readiness(String outcome, String reasons, String decidedAt, Long riskId, List<String> steps) {}

    public record Risk(
            long id,
            String category,
            String description,
            String likelihood,
            String impact,
            String owner,
            String mitigation,
            String status) {}
}
