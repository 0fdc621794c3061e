package org.peaceops.engine.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.peaceops.engine.access.OverdueTasks;
import org.peaceops.engine.drawdown.DrawdownReads;
import org.peaceops.engine.review.ReviewRecords;
import org.peaceops.engine.shared.Stage;

/**
 * The records of the transition dashboard (Cockpit's "Transitions" panel and tab). Codes stay codes
 * here (stages, statuses, kinds): the page puts them in words.
 */
final class Dashboard {

    private Dashboard() {}

    /** The operations in transition today and those in the 24 months after theirs, and how many at each stage. */
    record Portfolio(LocalDate asOf, List<StageCount> stages, List<PortfolioOperation> operations) {}

    /** How many operations are at the stage, in transition and transitioned. */
    record StageCount(Stage stage, int inTransition, int transitioned) {}

    /**
     * An operation of the portfolio. {@code status}: IN_TRANSITION or TRANSITIONED (the status report's
     * rule); {@code benchmarks}: how many benchmarks have each status today.
     */
    record PortfolioOperation(
            String code,
            String name,
            String status,
            Stage stage,
            LocalDate startedOn,
            LocalDate completedOn,
            Lifecycle lifecycle,
            Map<String, Integer> benchmarks,
            DrawdownReads.SiteCount sites,
            int openEscalations,
            int overdueTasks) {}

    /** The operation's lifecycle instance, for links to Cockpit and Tasklist; null when it has none. */
    record Lifecycle(String processInstanceId, boolean running) {}

    /**
     * One operation's dashboard today. {@code status} is null for an operation outside the portfolio
     * (not yet started, terminated, or past its 24 months).
     */
    record OperationDashboard(
            String code,
            String name,
            String status,
            Stage stage,
            LocalDate asOf,
            LocalDate startedOn,
            LocalDate completedOn,
            Lifecycle lifecycle,
            List<BenchmarkChart> benchmarks,
            List<DrawdownReads.PhaseSchedule> drawdown,
            List<OpenEscalation> escalations,
            List<GroupTasks> overdueTasks) {}

    /**
     * A benchmark: its status today and its reason, the statuses its latest reviews gave it (oldest
     * first), its indicators' measurements against target and deadline, and its readiness forecast.
     */
    record BenchmarkChart(
            String code,
            String title,
            boolean minimumCondition,
            LocalDate targetDate,
            String status,
            String reason,
            org.peaceops.engine.benchmark.Forecast forecast,
            List<ReviewRecords.ReviewedStatus> reviews,
            List<IndicatorChart> indicators) {}

    /**
     * An indicator with its measurements, oldest first. Numbers (NUMBER, PERCENT, ORDINAL) are in
     * {@code baseline}, {@code target} and each point's {@code value}; other types keep their text.
     * The deadline is {@code targetDate}, else the benchmark's.
     */
    record IndicatorChart(
            String code,
            String name,
            String type,
            String unit,
            String direction,
            Double baseline,
            Double target,
            String targetText,
            LocalDate targetDate,
            String status,
            String reason,
            List<Point> measurements) {}

    record Point(LocalDate asOf, Double value, String text) {}

    /** An open escalation: what went wrong, since when, due when, and with whom (names). */
    record OpenEscalation(
            String kind, String reason, List<String> groups, LocalDate openedOn, long ageDays, LocalDate dueOn) {}

    /** The overdue tasks of one candidate group; {@code groupId} null for tasks held by a person alone. */
    record GroupTasks(String groupId, String groupName, int count, List<OverdueTasks.OverdueTask> tasks) {}
}
