package org.peaceops.engine.reporting;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.peaceops.engine.assessment.AssessmentRecords;
import org.peaceops.engine.benchmark.BenchmarkStatuses;
import org.peaceops.engine.benchmark.Forecast;
import org.peaceops.engine.drawdown.DrawdownReads;
import org.peaceops.engine.drawdown.HrddpScreenings;
import org.peaceops.engine.escalation.Escalations;
import org.peaceops.engine.monitoring.PostTransitionRecords;
import org.peaceops.engine.pbc.PbcAdvice;
import org.peaceops.engine.registry.TransitionRegistry;
import org.peaceops.engine.registry.TransitionTimeline;
import org.peaceops.engine.shared.Stage;
import org.peaceops.engine.shared.TransitionWindow;
import org.springframework.stereotype.Service;

/**
 * The transition status report of resolution 2594, OP 14, for any date: the operations in
 * transition on that day, and those that completed theirs in the 24 months before it (the window
 * rule). Everything in it is as of that day (benchmarks from measurements dated on or before it,
 * sites closed on or before it, escalations open on it), except the stage and the running lifecycle,
 * which are today's. Each operation's readiness forecast is its last benchmark's ({@link
 * Forecast#ofAll}).
 */
@Service
public class TransitionStatusReport {

    public static final String IN_TRANSITION = "IN_TRANSITION";
    public static final String TRANSITIONED = "TRANSITIONED";

    /** The counterpart of a consultation with the Peacebuilding Commission. */
    static final String PEACEBUILDING_COMMISSION = "PEACEBUILDING_COMMISSION";

    private final TransitionRegistry registry;
    private final BenchmarkStatuses statuses;
    private final DrawdownReads drawdown;
    private final AssessmentRecords consultations;
    private final Escalations escalations;
    private final PostTransitionRecords postTransition;
    private final HrddpScreenings hrddp;
    private final Clock clock;

    public TransitionStatusReport(
            TransitionRegistry registry,
            BenchmarkStatuses statuses,
            DrawdownReads drawdown,
            AssessmentRecords consultations,
            Escalations escalations,
            PostTransitionRecords postTransition,
            HrddpScreenings hrddp,
            Clock clock) {
        this.registry = registry;
        this.statuses = statuses;
        this.drawdown = drawdown;
        this.consultations = consultations;
        this.escalations = escalations;
        this.postTransition = postTransition;
        this.hrddp = hrddp;
        this.clock = clock;
    }

    /**
     * The report as of the date, over the operations the caller may see. Each kind of data is read
     * once for all the operations in the report (one query per kind, however many operations), never
     * operation by operation.
     */
    public Report asOf(LocalDate asOf, Predicate<String> visible) {
        Map<String, TransitionTimeline> inReport = new LinkedHashMap<>();
        Map<String, String> status = new HashMap<>();
        for (TransitionTimeline transition : registry.timelines()) {
            String code = transition.operationCode();
            Optional<String> inWindow = status(transition, asOf);
            if (inWindow.isPresent() && visible.test(code)) {
                inReport.put(code, transition);
                status.put(code, inWindow.get());
            }
        }
        Set<String> codes = inReport.keySet();
        var benchmarks = statuses.asOf(codes, asOf);
        var sites = drawdown.siteCounts(codes, asOf);
        var advice = consultations.latestConsultations(codes, PEACEBUILDING_COMMISSION, asOf);
        var open = escalations.openAtEndOf(codes, asOf);
        var checks = postTransition.latestRelapseChecks(codes, asOf);
        var screenings = hrddp.asOf(codes, asOf);
        List<OperationStatus> operations = new ArrayList<>();
        for (TransitionTimeline transition : inReport.values()) {
            String code = transition.operationCode();
            var siteCount = sites.get(code);
            var held = advice.get(code);
            var check = checks.get(code);
            var rated = benchmarks.getOrDefault(code, List.<BenchmarkStatuses.RatedBenchmark>of());
            operations.add(new OperationStatus(
                    code,
                    transition.operationName(),
                    status.get(code),
                    transition.startedOn(),
                    transition.completedOn(),
                    stageToday(transition),
                    rated.stream()
                            .map(b -> new BenchmarkLine(b.code(), b.title(), b.status(), b.forecast()))
                            .toList(),
                    siteCount == null ? new Sites(0, 0) : new Sites(siteCount.total(), siteCount.closed()),
                    held == null ? null : new PbcAdvice(held.heldOn(), held.topic()),
                    open.getOrDefault(code, 0),
                    check == null
                            ? null
                            : new RelapseCheck(
                                    check.checkedOn(),
                                    check.quarter(),
                                    check.relapseRisk(),
                                    check.findings(),
                                    check.referral(),
                                    check.humanRightsViolations(),
                                    check.civicSpace()),
                    Forecast.ofAll(rated.stream()
                            .map(BenchmarkStatuses.RatedBenchmark::forecast)
                            .toList()),
                    runningLifecycle(transition),
                    screenings.getOrDefault(code, List.of()).stream()
                            .map(h -> new HrddpScreening(
                                    h.phaseSeq(),
                                    h.siteName(),
                                    h.ruleOfLawHandoverId(),
                                    h.receivingUnit(),
                                    h.violationRisk(),
                                    h.decision(),
                                    h.conditions(),
                                    LocalDate.parse(h.screenedAt().substring(0, 10)),
                                    h.withheldDecision()))
                            .toList()));
        }
        return new Report(asOf, operations);
    }

    /**
     * TRANSITIONED within 24 months of its completion; IN_TRANSITION from its start until it
     * completes (or is terminated); otherwise not in the report.
     */
    public static Optional<String> status(TransitionTimeline transition, LocalDate asOf) {
        if (transition.completedOn() != null && TransitionWindow.within24Months(transition.completedOn(), asOf)) {
            return Optional.of(TRANSITIONED);
        }
        boolean started = !transition.startedOn().isAfter(asOf);
        boolean completed =
                transition.completedOn() != null && !transition.completedOn().isAfter(asOf);
        boolean terminated =
                transition.terminatedOn() != null && !transition.terminatedOn().isAfter(asOf);
        return started && !completed && !terminated ? Optional.of(IN_TRANSITION) : Optional.empty();
    }

    /**
     * The lifecycle's process instance while it runs: it ends when the transition is terminated or
     * completes its 24 months (stage COMPLETED), and Cockpit shows running instances only.
     */
    private String runningLifecycle(TransitionTimeline transition) {
        boolean ended = transition.terminatedOn() != null || stageToday(transition) == Stage.COMPLETED;
        return ended ? null : transition.processInstanceId();
    }

    private Stage stageToday(TransitionTimeline transition) {
        return transition.completedOn() == null
                ? transition.stage()
                : TransitionWindow.stageOfCompleted(transition.completedOn(), LocalDate.now(clock));
    }

    public record Report(LocalDate asOf, List<OperationStatus> operations) {}

    public record OperationStatus(
            String code,
            String name,
            String status,
            LocalDate startedOn,
            LocalDate completedOn,
            Stage stage,
            List<BenchmarkLine> benchmarks,
            Sites sites,
            PbcAdvice lastPbcAdvice,
            int openEscalations,
            RelapseCheck lastRelapseCheck,
            Forecast forecast,
            String lifecycleInstanceId,
            List<HrddpScreening> hrddpScreenings) {}

    /**
     * A human rights screening (HRDDP) of a unit that receives a site or a rule-of-law function, by the
     * day: its decision SUPPORT, SUPPORT_WITH_CONDITIONS or WITHHOLD, and what was decided instead of a
     * withheld handover (ANOTHER_UNIT, CLOSE_WITHOUT_HANDOVER; null until decided).
     */
    public record HrddpScreening(
            int phase,
            String site,
            Long ruleOfLawHandoverId,
            String receivingUnit,
            String violationRisk,
            String decision,
            String conditions,
            LocalDate screenedOn,
            String insteadOfWithheld) {}

    /**
     * A check for relapse; referral is where a risk was referred (PBC, COUNCIL), once it was; human
     * rights: the trend of violations reported (FEWER, STABLE, RISING, SHARPLY_RISING) and civic space
     * (OPEN, NARROWED, CLOSED), null for a check from before they were asked.
     */
    public record RelapseCheck(
            LocalDate checkedOn,
            int quarter,
            boolean relapseRisk,
            String findings,
            String referral,
            String humanRightsViolations,
            String civicSpace) {}

    public record BenchmarkLine(String code, String title, String status, Forecast forecast) {}

    public record Sites(int total, int closed) {}

    /** The Peacebuilding Commission's latest advice on record, as of the day. */
    public record PbcAdvice(LocalDate date, String topic) {}
}
