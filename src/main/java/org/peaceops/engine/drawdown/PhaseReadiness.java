package org.peaceops.engine.drawdown;

import static org.peaceops.engine.drawdown.DrawdownPhase.*;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.peaceops.engine.benchmark.BenchmarkStatuses;
import org.peaceops.engine.camunda.DeployedDecisions;
import org.peaceops.engine.planning.PlanningRecords;
import org.springframework.stereotype.Service;

/**
 * A phase's readiness as the deployed decision {@code phase-readiness} judges it. This class gathers
 * the facts from the operation's records (the latest of each) and reads the outcome; the rules are
 * the process designers', in {@code processes/phase-readiness.dmn}.
 */
@Service
public class PhaseReadiness {

    /** The order in which minimum-condition statuses count as worse. */
    static final List<String> WORST_FIRST = List.of("OFF_TRACK", "AT_RISK", "NO_DATA", "ON_TRACK", "ACHIEVED");

    static final String NO_MINIMUM_CONDITIONS = "NONE";

    private static final Set<String> ADOPTED = Set.of("ADOPTED", "IMPLEMENTING");

    private final PhaseRecords records;
    private final PlanningRecords planning;
    private final BenchmarkStatuses benchmarks;
    private final DeployedDecisions decisions;
    private final Clock clock;

    public PhaseReadiness(
            PhaseRecords records,
            PlanningRecords planning,
            BenchmarkStatuses benchmarks,
            DeployedDecisions decisions,
            Clock clock) {
        this.records = records;
        this.planning = planning;
        this.benchmarks = benchmarks;
        this.decisions = decisions;
        this.clock = clock;
    }

    /** Decides the phase's readiness from its latest inputs, and records the decision. */
    public Decision decide(long phaseId) {
        PhaseRecords.ReadinessInputs inputs = inputs(phaseId);
        Decision decision = evaluate(inputs);
        long id = records.readiness(phaseId, inputs, decision.outcome(), decision.reasons());
        return new Decision(id, decision.outcome(), decision.reasons());
    }

    PhaseRecords.ReadinessInputs inputs(long phaseId) {
        var phase = records.phase(phaseId);
        var rated = benchmarks.asOf(phase.operationCode(), LocalDate.now(clock)).stream()
                .filter(BenchmarkStatuses.RatedBenchmark::minimumCondition)
                .toList();
        String worst = rated.stream()
                .map(BenchmarkStatuses.RatedBenchmark::status)
                .min(Comparator.comparingInt(WORST_FIRST::indexOf))
                .orElse(NO_MINIMUM_CONDITIONS);
        String detail = rated.stream().map(b -> b.code() + " " + b.status()).collect(Collectors.joining(", "));
        boolean pocPlanAdopted = planning.nationalPocPlan(phase.operationCode())
                .map(plan -> ADOPTED.contains(plan.status()))
                .orElse(false);
        var security = records.latest(phaseId, PhaseRecords.SECURITY_ASSESSMENT)
                .orElseThrow(() -> new IllegalStateException("no security assessment for phase " + phaseId));
        var funding = records.latest(phaseId, PhaseRecords.UNCT_FUNDING)
                .orElseThrow(() -> new IllegalStateException("no UNCT funding confirmed for phase " + phaseId));
        var consent = records.latest(phaseId, PhaseRecords.HOST_CONSENT)
                .orElseThrow(() -> new IllegalStateException("no host consent confirmed for phase " + phaseId));
        return new PhaseRecords.ReadinessInputs(
                worst,
                detail,
                pocPlanAdopted,
                security.rating(),
                funding.amount().movePointLeft(2),
                consent.rating());
    }

    /**
     * Evaluates phase-readiness (hit policy RULE ORDER): the first rule that applies gives the outcome;
     * the reasons are those of every rule that applies with that outcome.
     */
    public Decision evaluate(PhaseRecords.ReadinessInputs inputs) {
        Map<String, Object> facts = new HashMap<>();
        facts.put("minimumConditions", inputs.minimumConditions());
        facts.put("nationalPocPlanAdopted", inputs.nationalPocPlanAdopted());
        facts.put("securityRiskLevel", inputs.securityRiskLevel());
        facts.put("unctFundingCoverage", inputs.unctFundingCoverage().doubleValue());
        facts.put("hostConsent", inputs.hostConsent());
        List<DmnDecisionResultEntries> results = decisions.evaluateAll(decisions.latest(DECISION_ID), facts);
        String outcome = results.get(0).getEntry("outcome");
        Set<String> reasons = new LinkedHashSet<>();
        results.stream()
                .filter(result -> outcome.equals(result.getEntry("outcome")))
                .forEach(result -> reasons.add(result.getEntry("reason")));
        return new Decision(null, outcome, String.join("; ", reasons));
    }

    public record Decision(Long id, String outcome, String reasons) {}
}
