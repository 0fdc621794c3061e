package org.peaceops.engine.reporting;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.peaceops.engine.assessment.AssessmentRecords;
import org.peaceops.engine.benchmark.BenchmarkStatuses;
import org.peaceops.engine.drawdown.DrawdownReads;
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
 * sites closed on or before it, escalations open on it), except the stage, which is today's.
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
    private final Clock clock;

    public TransitionStatusReport(
            TransitionRegistry registry,
            BenchmarkStatuses statuses,
            DrawdownReads drawdown,
            AssessmentRecords consultations,
            Escalations escalations,
            PostTransitionRecords postTransition,
            Clock clock) {
        this.registry = registry;
        this.statuses = statuses;
        this.drawdown = drawdown;
        this.consultations = consultations;
        this.escalations = escalations;
        this.postTransition = postTransition;
        this.clock = clock;
    }

    /** The report as of the date, over the operations the caller may see. */
    public Report asOf(LocalDate asOf, Predicate<String> visible) {
        List<OperationStatus> operations = new ArrayList<>();
        for (TransitionTimeline transition : registry.timelines()) {
            Optional<String> status = status(transition, asOf);
            if (status.isEmpty() || !visible.test(transition.operationCode())) {
                continue;
            }
            String code = transition.operationCode();
            operations.add(new OperationStatus(
                    code,
                    transition.operationName(),
                    status.get(),
                    transition.startedOn(),
                    transition.completedOn(),
                    stageToday(transition),
                    statuses.asOf(code, asOf).stream()
                            .map(b -> new BenchmarkLine(b.code(), b.title(), b.status()))
                            .toList(),
                    sites(code, asOf),
                    lastPbcAdvice(code, asOf),
                    escalations.openAtEndOf(code, asOf),
                    lastRelapseCheck(code, asOf)));
        }
        return new Report(asOf, operations);
    }

    /**
     * TRANSITIONED within 24 months of its completion; IN_TRANSITION from its start until it
     * completes (or is terminated); otherwise not in the report.
     */
    static Optional<String> status(TransitionTimeline transition, LocalDate asOf) {
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

    private Stage stageToday(TransitionTimeline transition) {
        return transition.completedOn() == null
                ? transition.stage()
                : TransitionWindow.stageOfCompleted(transition.completedOn(), LocalDate.now(clock));
    }

    /** The operation's sites, and those closed on or before the day. */
    private Sites sites(String operationCode, LocalDate asOf) {
        var count = drawdown.siteCount(operationCode, asOf);
        return new Sites(count.total(), count.closed());
    }

    /** The Commission's latest advice on record, as the consultations held with it by the day say. */
    private PbcAdvice lastPbcAdvice(String operationCode, LocalDate asOf) {
        return consultations
                .latestConsultation(operationCode, PEACEBUILDING_COMMISSION, asOf)
                .map(held -> new PbcAdvice(held.heldOn(), held.topic()))
                .orElse(null);
    }

    /**
     * The latest check for relapse made by the end of the day, during the 24 months after the
     * withdrawal (post-transition-monitoring); null before the first.
     */
    private RelapseCheck lastRelapseCheck(String operationCode, LocalDate asOf) {
        return postTransition
                .latestRelapseCheck(operationCode, asOf)
                .map(check -> new RelapseCheck(
                        check.checkedOn(), check.quarter(), check.relapseRisk(), check.findings(), check.referral()))
                .orElse(null);
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
            RelapseCheck lastRelapseCheck) {}

    /** A check for relapse; referral is where a risk was referred (PBC, COUNCIL), once it was. */
    public record RelapseCheck(
            LocalDate checkedOn, int quarter, boolean relapseRisk, String findings, String referral) {}

    public record BenchmarkLine(String code, String title, String status) {}

    public record Sites(int total, int closed) {}

    /** The Peacebuilding Commission's latest advice on record, as of the day. */
    public record PbcAdvice(LocalDate date, String topic) {}
}
