package org.peaceops.engine.review;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.peaceops.engine.shared.GeneratedIds;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Benchmark reviews and their ratings, in the project's tables. */
@Repository
public class ReviewRecords {

    private final JdbcClient jdbc;
    private final Clock clock;

    public ReviewRecords(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public long open(String operationCode, String processInstanceId, LocalDate asOf, LocalDate measurementsDue) {
        return GeneratedIds.insert(
                jdbc,
                """
                insert into benchmark_review (operation_code, process_instance_id, as_of, measurements_due, opened_at)
                values (?, ?, ?, ?, ?)""",
                operationCode,
                processInstanceId,
                asOf,
                measurementsDue,
                now());
    }

    public void close(long reviewId) {
        jdbc.sql("update benchmark_review set closed_at = ? where id = ?")
                .params(now(), reviewId)
                .update();
    }

    /** The process instances of the operation's reviews recorded as opened and not closed. */
    public List<String> unclosedReviewInstances(String operationCode) {
        return jdbc.sql(
                        """
                select process_instance_id from benchmark_review where operation_code = ? and closed_at is null""")
                .param(operationCode)
                .query(String.class)
                .list();
    }

    public String operationOf(long reviewId) {
        return jdbc.sql("select operation_code from benchmark_review where id = ?")
                .param(reviewId)
                .query(String.class)
                .single();
    }

    /** The status the benchmark had at the operation's latest earlier review, if any. */
    public Optional<String> previousStatus(String operationCode, String benchmarkCode, long reviewId) {
        return jdbc.sql(
                        """
                select r.status from benchmark_rating r join benchmark_review v on v.id = r.review_id
                where v.operation_code = ? and r.benchmark_code = ? and r.review_id < ?
                order by r.review_id desc fetch first 1 rows only""")
                .params(operationCode, benchmarkCode, reviewId)
                .query(String.class)
                .optional();
    }

    public void rate(
            long reviewId,
            String benchmarkCode,
            boolean minimumCondition,
            String status,
            String reason,
            String previousStatus,
            String indicatorStatuses) {
        jdbc.sql(
                        """
                insert into benchmark_rating (review_id, benchmark_code, minimum_condition, status, reason,
                                              previous_status, indicator_statuses, rated_at)
                values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        reviewId,
                        benchmarkCode,
                        minimumCondition,
                        status,
                        reason,
                        previousStatus,
                        indicatorStatuses,
                        now())
                .update();
    }

    public void reviewed(long reviewId, String benchmarkCode, String note, String user) {
        jdbc.sql(
                        """
                update benchmark_rating set review_note = ?, reviewed_by = ?, reviewed_at = ?
                where review_id = ? and benchmark_code = ?""")
                .params(note, user, now(), reviewId, benchmarkCode)
                .update();
    }

    /** Task_AssessSlippedCondition: mission leadership's recommendation, by whom and when. */
    public void recommended(long reviewId, String benchmarkCode, String recommendation, String note, String user) {
        jdbc.sql(
                        """
                update benchmark_rating set recommendation = ?, recommendation_note = ?, recommended_by = ?,
                                            recommended_at = ?
                where review_id = ? and benchmark_code = ?""")
                .params(recommendation, note, user, now(), reviewId, benchmarkCode)
                .update();
    }

    public void decided(
            long reviewId, String benchmarkCode, String decision, String justification, Long riskId, String user) {
        jdbc.sql(
                        """
                update benchmark_rating set decision = ?, decision_justification = ?, risk_id = ?, decided_by = ?,
                                            decided_at = ?
                where review_id = ? and benchmark_code = ?""")
                .params(decision, justification, riskId, user, now(), reviewId, benchmarkCode)
                .update();
    }

    public void gap(long reviewId, String indicatorCode, String reason, String user) {
        jdbc.sql(
                        """
                insert into measurement_gap (review_id, indicator_code, reason, recorded_by, recorded_at)
                values (?, ?, ?, ?, ?)""")
                .params(reviewId, indicatorCode, reason, user, now())
                .update();
    }

    public List<Gap> gaps(long reviewId) {
        return jdbc.sql(
                        """
                select indicator_code, reason, recorded_by from measurement_gap where review_id = ?
                order by indicator_code, id""")
                .param(reviewId)
                .query((rs, n) ->
                        new Gap(rs.getString("indicator_code"), rs.getString("reason"), rs.getString("recorded_by")))
                .list();
    }

    /** The operation's reviews, latest first, each with its ratings. */
    public List<Review> reviews(String operationCode) {
        return jdbc.sql(
                        """
                select id, as_of, measurements_due, opened_at, closed_at from benchmark_review
                where operation_code = ? order by id desc""")
                .param(operationCode)
                .query((rs, n) -> new Review(
                        rs.getLong("id"),
                        rs.getObject("as_of", LocalDate.class),
                        rs.getObject("measurements_due", LocalDate.class),
                        rs.getTimestamp("opened_at").toInstant().toString(),
                        rs.getTimestamp("closed_at") == null
                                ? null
                                : rs.getTimestamp("closed_at").toInstant().toString(),
                        ratings(rs.getLong("id")),
                        gaps(rs.getLong("id"))))
                .list();
    }

    /**
     * The statuses the operation's latest reviews (at most {@code reviews} of them) gave each
     * benchmark, oldest first, by benchmark code: one query.
     */
    public Map<String, List<ReviewedStatus>> recentStatuses(String operationCode, int reviews) {
        Map<String, List<ReviewedStatus>> statuses = new LinkedHashMap<>();
        jdbc.sql(
                        """
                select v.as_of, r.benchmark_code, r.status from benchmark_rating r
                join benchmark_review v on v.id = r.review_id
                where v.id in (select id from benchmark_review where operation_code = ? order by id desc
                               fetch first %d rows only)
                order by v.id, r.benchmark_code"""
                                .formatted(Math.max(1, reviews)))
                .param(operationCode)
                .query(rs -> {
                    statuses.computeIfAbsent(rs.getString("benchmark_code"), code -> new ArrayList<>())
                            .add(new ReviewedStatus(rs.getObject("as_of", LocalDate.class), rs.getString("status")));
                });
        return statuses;
    }

    public List<Rating> ratings(long reviewId) {
        return jdbc.sql(
                        """
                select benchmark_code, minimum_condition, status, reason, previous_status, indicator_statuses,
                       review_note, reviewed_by, recommendation, recommendation_note, recommended_by,
                       recommended_at, decision, decision_justification, decided_by, decided_at, risk_id
                from benchmark_rating where review_id = ? order by benchmark_code""")
                .param(reviewId)
                .query((rs, n) -> new Rating(
                        rs.getString("benchmark_code"),
                        rs.getBoolean("minimum_condition"),
                        rs.getString("status"),
                        rs.getString("reason"),
                        rs.getString("previous_status"),
                        rs.getString("indicator_statuses"),
                        rs.getString("review_note"),
                        rs.getString("reviewed_by"),
                        rs.getString("recommendation"),
                        rs.getString("recommendation_note"),
                        rs.getString("recommended_by"),
                        instant(rs.getTimestamp("recommended_at")),
                        rs.getString("decision"),
                        rs.getString("decision_justification"),
                        rs.getString("decided_by"),
                        instant(rs.getTimestamp("decided_at")),
                        (Long) rs.getObject("risk_id", Long.class)))
                .list();
    }

    private static String instant(Timestamp at) {
        return at == null ? null : at.toInstant().toString();
    }

    private Timestamp now() {
        return Timestamp.from(clock.instant());
    }

    public record Review(
            long id,
            LocalDate asOf,
            LocalDate measurementsDue,
            String openedAt,
            String closedAt,
            List<Rating> ratings,
            List<Gap> gaps) {}

    /** The status a review, as of its day, gave a benchmark. */
    public record ReviewedStatus(LocalDate asOf, String status) {}

    /** An indicator without a new value in a review, and why. */
    public record Gap(String indicatorCode, String reason, String recordedBy) {}

    public record Rating(
            String benchmarkCode,
            boolean minimumCondition,
            String status,
            String reason,
            String previousStatus,
            String indicatorStatuses,
            String reviewNote,
            String reviewedBy,
            /** Mission leadership's recommendation on a slipped minimum condition, by whom and when. */
            String recommendation,
            String recommendationNote,
            String recommendedBy,
            String recommendedAt,
            /** Headquarters' decision on it, by whom and when. */
            String decision,
            String decisionJustification,
            String decidedBy,
            String decidedAt,
            Long riskId) {}
}
