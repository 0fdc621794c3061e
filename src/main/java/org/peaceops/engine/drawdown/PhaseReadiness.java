package org.peaceops.engine.drawdown;

import static org.peaceops.engine.drawdown.DrawdownPhase.*;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.peaceops.engine.benchmark.BenchmarkStatuses;
import org.peaceops.engine.camunda.DeployedDecisions;
import org.peaceops.engine.planning.PlanningRecords;
import org.springframework.stereotype.Service;

/**
 * A phase's readiness as the deployed decision {@code phase-readiness} judges it. This class gathers
 * the facts from the operation's records (the latest of each) and reads the decision from the table's
 * results, whether the engine evaluated it for the process (with decision history) or a read did; the
 * rules are the process designers', in {@code processes/phase-readiness.dmn}.
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

    /**
     * The phase's latest inputs as the facts phase-readiness decides on, by the names its input
     * expressions read, with the benchmarks behind the minimum conditions for the record (the decision
     * does not read them). Funding coverage is a double: the table's input is typed double, and a
     * variable cannot hold a BigDecimal without serializing it.
     */
    public Map<String, Object> facts(long phaseId) {
        return facts(inputs(phaseId));
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
     * Evaluates phase-readiness without writing decision history, for reads (the engine's business rule
     * task Task_DecidePhaseReadiness writes it); read as {@link #decided}.
     */
    public Decision evaluate(PhaseRecords.ReadinessInputs inputs) {
        return decided(decisions.evaluateAll(decisions.latest(DECISION_ID), facts(inputs)));
    }

    /**
     * Records the decision the engine took on these facts for the phase, read as {@link #decided}:
     * the facts are recorded as the inputs it was taken on.
     */
    public Decision record(long phaseId, Map<String, ?> facts, List<? extends Map<String, Object>> results) {
        Decision decision = decided(results);
        long id = records.readiness(phaseId, inputs(facts), decision.outcome(), decision.reasons());
        return new Decision(id, decision.outcome(), decision.reasons());
    }

    /**
     * How the results of phase-readiness (hit policy RULE ORDER: every rule that applies, in the table's
     * order) make one decision: the first rule that applies gives the outcome; the reasons are those of
     * every rule that applies with that outcome, in order, each once.
     */
    static Decision decided(List<? extends Map<String, Object>> results) {
        if (results == null || results.isEmpty()) {
            throw new IllegalStateException(DECISION_ID + " matched no rule");
        }
        Object outcome = results.get(0).get(OUTCOME);
        Set<String> reasons = new LinkedHashSet<>();
        results.stream()
                .filter(result -> outcome.equals(result.get(OUTCOME)))
                .forEach(result -> reasons.add((String) result.get(REASON)));
        return new Decision(null, (String) outcome, String.join("; ", reasons));
    }

    static Map<String, Object> facts(PhaseRecords.ReadinessInputs inputs) {
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put(HOST_CONSENT, inputs.hostConsent());
        facts.put(SECURITY_RISK_LEVEL, inputs.securityRiskLevel());
        facts.put(MINIMUM_CONDITIONS, inputs.minimumConditions());
        facts.put(UNCT_FUNDING_COVERAGE, inputs.unctFundingCoverage().doubleValue());
        facts.put(NATIONAL_POC_PLAN_ADOPTED, inputs.nationalPocPlanAdopted());
        facts.put(MINIMUM_CONDITIONS_DETAIL, inputs.minimumConditionsDetail());
        return facts;
    }

    static PhaseRecords.ReadinessInputs inputs(Map<String, ?> facts) {
        return new PhaseRecords.ReadinessInputs(
                (String) facts.get(MINIMUM_CONDITIONS),
                (String) facts.get(MINIMUM_CONDITIONS_DETAIL),
                (Boolean) facts.get(NATIONAL_POC_PLAN_ADOPTED),
                (String) facts.get(SECURITY_RISK_LEVEL),
                BigDecimal.valueOf(((Number) facts.get(UNCT_FUNDING_COVERAGE)).doubleValue()),
                (String) facts.get(HOST_CONSENT));
    }

    public record Decision(Long id, String outcome, String reasons) {}
}
