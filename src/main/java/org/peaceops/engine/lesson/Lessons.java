package org.peaceops.engine.lesson;

import static org.peaceops.engine.drawdown.DrawdownPhase.*;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.peaceops.engine.access.CurrentUser;
import org.peaceops.engine.camunda.FormValues;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Lessons learned (resolution 2594, OP 9): recorded as each phase ends, searchable so that the next
 * transition can use them.
 */
@Component
public class Lessons {

    static final int MAX_RESULTS = 200;

    private final JdbcClient jdbc;
    private final CurrentUser currentUser;
    private final Clock clock;

    public Lessons(JdbcClient jdbc, CurrentUser currentUser, Clock clock) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Task_RecordLesson: one lesson of the phase. */
    public void recorded(DelegateTask task) {
        jdbc.sql(
                        """
                insert into lesson (operation_code, phase_id, category, title, lesson, recommendation, recorded_by,
                                    recorded_at)
                values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        task.getExecution().getProcessBusinessKey(),
                        task.getVariable(PHASE_ID),
                        FormValues.text(task, LESSON_CATEGORY),
                        FormValues.text(task, LESSON_TITLE),
                        FormValues.text(task, LESSON_TEXT),
                        FormValues.text(task, LESSON_RECOMMENDATION),
                        currentUser.completing(task),
                        Timestamp.from(clock.instant()))
                .update();
    }

    /**
     * The lessons of the given operations whose title, text, recommendation, category or phase
     * contains every word of the query (case-insensitive), newest first; all of them for an empty
     * query.
     */
    public List<Lesson> search(List<String> operationCodes, String query) {
        if (operationCodes.isEmpty()) {
            return List.of();
        }
        List<String> words = query == null || query.isBlank()
                ? List.of()
                : List.of(query.trim().toLowerCase(Locale.ROOT).split("\\s+"));
        StringBuilder sql = new StringBuilder(
                """
                select l.id, l.operation_code, p.seq, p.name, l.category, l.title, l.lesson, l.recommendation,
                       l.recorded_by, l.recorded_at
                from lesson l left join phase p on p.id = l.phase_id
                where l.operation_code in (:operations)""");
        for (int i = 0; i < words.size(); i++) {
            sql.append(" and lower(concat_ws(' ', l.category, l.title, l.lesson, coalesce(l.recommendation, ''),")
                    .append(" coalesce(p.name, ''))) like :w")
                    .append(i)
                    .append(" escape '!'");
        }
        sql.append(" order by l.recorded_at desc, l.id desc fetch first " + MAX_RESULTS + " rows only");
        var statement = jdbc.sql(sql.toString()).param("operations", operationCodes);
        for (int i = 0; i < words.size(); i++) {
            statement = statement.param("w" + i, "%" + escapeLike(words.get(i)) + "%");
        }
        return statement
                .query((rs, n) -> new Lesson(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getObject(3) == null ? null : "phase " + rs.getInt(3) + " (" + rs.getString(4) + ")",
                        rs.getString(5),
                        rs.getString(6),
                        rs.getString(7),
                        rs.getString(8),
                        rs.getString(9),
                        rs.getTimestamp(10).toInstant().toString()))
                .list();
    }

    private static String escapeLike(String word) {
        return word.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }

    public record Lesson(
            long id,
            String operation,
            String phase,
            String category,
            String title,
            String lesson,
            String recommendation,
            String recordedBy,
            String recordedAt) {}
}
