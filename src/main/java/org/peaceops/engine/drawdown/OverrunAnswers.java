package org.peaceops.engine.drawdown;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.peaceops.engine.shared.GeneratedIds;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * A phase overrunning its end is answered by two parties: mission leadership gives the reason and a
 * revised end, headquarters endorse it or return it. Each answer and its endorsement, with who and
 * when, in {@code phase_overrun_answer}.
 */
@Repository
public class OverrunAnswers {

    private final JdbcClient jdbc;
    private final Clock clock;

    public OverrunAnswers(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public long answered(String operationCode, long phaseId, LocalDate revisedEnd, String explanation, String user) {
        return GeneratedIds.insert(
                jdbc,
                """
                insert into phase_overrun_answer (operation_code, phase_id, revised_end, explanation, answered_by,
                                                  answered_at)
                values (?, ?, ?, ?, ?, ?)""",
                operationCode,
                phaseId,
                revisedEnd,
                explanation,
                user,
                now());
    }

    public void endorsed(long answerId, String endorsement, String note, String user) {
        jdbc.sql(
                        """
                update phase_overrun_answer set endorsement = ?, endorsement_note = ?, endorsed_by = ?, endorsed_at = ?
                where id = ?""")
                .params(endorsement, note, user, now(), answerId)
                .update();
    }

    /** The operation's answers to overrunning phases, oldest first. */
    public List<Answer> ofOperation(String operationCode) {
        return jdbc.sql(
                        """
                select a.id, a.phase_id, p.name as phase_name, a.revised_end, a.explanation, a.answered_by,
                       a.answered_at, a.endorsement, a.endorsement_note, a.endorsed_by, a.endorsed_at
                from phase_overrun_answer a join phase p on p.id = a.phase_id
                where a.operation_code = ? order by a.id""")
                .param(operationCode)
                .query((rs, n) -> new Answer(
                        rs.getLong("id"),
                        rs.getLong("phase_id"),
                        rs.getString("phase_name"),
                        rs.getObject("revised_end", LocalDate.class),
                        rs.getString("explanation"),
                        rs.getString("answered_by"),
                        instant(rs.getTimestamp("answered_at")),
                        rs.getString("endorsement"),
                        rs.getString("endorsement_note"),
                        rs.getString("endorsed_by"),
                        instant(rs.getTimestamp("endorsed_at"))))
                .list();
    }

    private static String instant(Timestamp at) {
        return at == null ? null : at.toInstant().toString();
    }

    private Timestamp now() {
        return Timestamp.from(clock.instant());
    }

    /**
     * Mission leadership's answer (revised end and reason, by whom, when) and headquarters'
     * endorsement of it ({@code ENDORSE} or {@code RETURN}, with their note, by whom, when; null while
     * they have not answered).
     */
    public record Answer(
            long id,
            long phaseId,
            String phaseName,
            LocalDate revisedEnd,
            String explanation,
            String answeredBy,
            String answeredAt,
            String endorsement,
            String endorsementNote,
            String endorsedBy,
            String endorsedAt) {}
}
