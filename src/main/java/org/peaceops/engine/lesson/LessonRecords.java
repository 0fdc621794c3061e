package org.peaceops.engine.lesson;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The lessons learned, as recorded at the end of each phase. */
@Repository
public class LessonRecords {

    private final JdbcClient jdbc;
    private final Clock clock;

    public LessonRecords(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public void add(String operationCode, Long phaseId, NewLesson lesson, String recordedBy) {
        jdbc.sql(
                        """
                insert into lesson (operation_code, phase_id, category, title, lesson, recommendation, recorded_by,
                                    recorded_at)
                values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        operationCode,
                        phaseId,
                        lesson.category(),
                        lesson.title(),
                        lesson.lesson(),
                        lesson.recommendation(),
                        recordedBy,
                        Timestamp.from(clock.instant()))
                .update();
    }

    /**
     * The lessons of the operations that match every word, newest first, at most {@code max}: a word
     * matches a lesson whose category, title, text or recommendation, in lower case, is like its
     * pattern (a LIKE pattern escaped with '!'), or whose phase is one of the word's phases.
     */
    public List<LessonRow> search(List<String> operationCodes, List<Word> words, int max) {
        StringBuilder sql = new StringBuilder(
                """
                select id, operation_code, phase_id, category, title, lesson, recommendation, recorded_by, recorded_at
                from lesson where operation_code in (:operations)""");
        for (int i = 0; i < words.size(); i++) {
            sql.append(" and (lower(concat_ws(' ', category, title, lesson, coalesce(recommendation, '')))")
                    .append(" like :w")
                    .append(i)
                    .append(" escape '!'");
            if (!words.get(i).phaseIds().isEmpty()) {
                sql.append(" or phase_id in (:p").append(i).append(")");
            }
            sql.append(")");
        }
        sql.append(" order by recorded_at desc, id desc fetch first " + max + " rows only");
        var statement = jdbc.sql(sql.toString()).param("operations", operationCodes);
        for (int i = 0; i < words.size(); i++) {
            statement = statement.param("w" + i, words.get(i).pattern());
            if (!words.get(i).phaseIds().isEmpty()) {
                statement = statement.param("p" + i, words.get(i).phaseIds());
            }
        }
        return statement
                .query((rs, n) -> new LessonRow(
                        rs.getLong("id"),
                        rs.getString("operation_code"),
                        rs.getObject("phase_id") == null ? null : rs.getLong("phase_id"),
                        rs.getString("category"),
                        rs.getString("title"),
                        rs.getString("lesson"),
                        rs.getString("recommendation"),
                        rs.getString("recorded_by"),
                        rs.getTimestamp("recorded_at").toInstant()))
                .list();
    }

    /** The lessons of the operations, newest first, at most {@code max}. */
    public List<LessonRow> ofOperations(List<String> operationCodes, int max) {
        if (operationCodes.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(
                        """
                select id, operation_code, phase_id, category, title, lesson, recommendation, recorded_by, recorded_at
                from lesson where operation_code = any(?) order by recorded_at desc, id desc fetch first %d rows only"""
                                .formatted(Math.max(1, max)))
                .param(operationCodes.toArray(String[]::new))
                .query(LessonRecords::lessonRow)
                .list();
    }

    /** The newest lessons of every operation but this one, at most {@code max}. */
    public List<LessonRow> ofOperationsOtherThan(String operationCode, int max) {
        return jdbc.sql(
                        """
                select id, operation_code, phase_id, category, title, lesson, recommendation, recorded_by, recorded_at
                from lesson where operation_code <> ? order by recorded_at desc, id desc fetch first %d rows only"""
                                .formatted(Math.max(1, max)))
                .param(operationCode)
                .query(LessonRecords::lessonRow)
                .list();
    }

    private static LessonRow lessonRow(ResultSet rs, int n) throws SQLException {
        return new LessonRow(
                rs.getLong("id"),
                rs.getString("operation_code"),
                rs.getObject("phase_id") == null ? null : rs.getLong("phase_id"),
                rs.getString("category"),
                rs.getString("title"),
                rs.getString("lesson"),
                rs.getString("recommendation"),
                rs.getString("recorded_by"),
                rs.getTimestamp("recorded_at").toInstant());
    }

    public record NewLesson(String category, String title, String lesson, String recommendation) {}

    /** A word of a search: its LIKE pattern, and the phases whose name matches it. */
    public record Word(String pattern, List<Long> phaseIds) {}

    public record LessonRow(
            long id,
            String operationCode,
            Long phaseId,
            String category,
            String title,
            String lesson,
            String recommendation,
            String recordedBy,
            Instant recordedAt) {}
}
