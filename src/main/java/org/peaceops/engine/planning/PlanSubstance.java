package org.peaceops.engine.planning;

import static org.peaceops.engine.camunda.FormValues.date;
import static org.peaceops.engine.camunda.FormValues.integer;
import static org.peaceops.engine.camunda.FormValues.text;
import static org.peaceops.engine.planning.JointTransitionPlanning.*;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.peaceops.engine.access.CurrentUser;
import org.peaceops.engine.benchmark.BenchmarkImports;
import org.peaceops.engine.benchmark.BenchmarkRecords;
import org.peaceops.engine.planning.PlanSubstanceRecords.RegionalRole;
import org.peaceops.engine.planning.PlanSubstanceRecords.Role;
import org.peaceops.engine.ruleoflaw.RuleOfLawHandovers;
import org.peaceops.engine.shared.InputRejectedException;
import org.peaceops.engine.shared.OperationVariables;
import org.peaceops.engine.shared.WorkingLanguage;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * What gives the plan substance (resolution 2594, OP 2, 7 and 12): the rule-of-law functions to hand
 * over, the benchmarks, the roles matrix and the regional organisations' role; and the check that the
 * plan has them before it goes to the PBC and the signatures.
 */
@Service
public class PlanSubstance {

    static final String MISSING_BENCHMARKS = "BENCHMARKS";
    static final String MISSING_ROLES_MATRIX = "ROLES_MATRIX";
    static final String MISSING_REGIONAL_ROLE = "REGIONAL_ROLE";
    static final String ADD_HERE = "ADD_HERE";
    static final String MAP = "MAP";

    private final PlanSubstanceRecords records;
    private final RuleOfLawHandovers ruleOfLaw;
    private final BenchmarkRecords benchmarks;
    private final BenchmarkImports newBenchmarks;
    private final CurrentUser currentUser;
    private final MessageSource messages;

    public PlanSubstance(
            PlanSubstanceRecords records,
            RuleOfLawHandovers ruleOfLaw,
            BenchmarkRecords benchmarks,
            BenchmarkImports newBenchmarks,
            CurrentUser currentUser,
            MessageSource messages) {
        this.records = records;
        this.ruleOfLaw = ruleOfLaw;
        this.benchmarks = benchmarks;
        this.newBenchmarks = newBenchmarks;
        this.currentUser = currentUser;
        this.messages = messages;
    }

    /** Task_MapRuleOfLawFunction, once per function; nothing when the planners say every function is mapped. */
    public void ruleOfLawFunctionMapped(DelegateTask task) {
        if (!MAP.equals(text(task, RULE_OF_LAW_ENTRY))) {
            return;
        }
        ruleOfLaw.map(
                operation(task),
                new RuleOfLawHandovers.Mapping(
                        text(task, RULE_OF_LAW_AREA),
                        text(task, RULE_OF_LAW_FUNCTION),
                        text(task, RULE_OF_LAW_RECEIVER_KIND),
                        text(task, RULE_OF_LAW_RECEIVER),
                        text(task, RULE_OF_LAW_CAPACITY),
                        text(task, RULE_OF_LAW_CAPACITY_NOTE),
                        text(task, RULE_OF_LAW_FUNDING),
                        text(task, RULE_OF_LAW_FUNDING_NOTE),
                        integer(task, RULE_OF_LAW_PHASE)),
                currentUser.completing(task));
    }

    /**
     * Task_DefineBenchmarks: the benchmark with its first indicator, when added here; then, either way,
     * refused while the operation still has no benchmark with an indicator, an owner and a target (the
     * transaction rolls back, so nothing of the submission is kept).
     */
    public void benchmarkDefined(DelegateTask task) {
        String operation = operation(task);
        if (ADD_HERE.equals(text(task, BENCHMARKS_SOURCE))) {
            String code = nextCode(operation);
            String type = text(task, INDICATOR_TYPE);
            newBenchmarks.add(
                    operation,
                    List.of(new BenchmarkImports.ImportedBenchmark(
                            code,
                            text(task, BENCHMARK_TITLE),
                            text(task, BENCHMARK_CATEGORY),
                            text(task, BENCHMARK_OWNER),
                            Boolean.TRUE.equals(task.getVariable(BENCHMARK_MINIMUM_CONDITION)),
                            date(task, INDICATOR_TARGET_DATE),
                            List.of(new BenchmarkImports.ImportedIndicator(
                                    code + ".1",
                                    text(task, INDICATOR_TITLE),
                                    type,
                                    "PERCENT".equals(type) ? "%" : null,
                                    text(task, INDICATOR_DIRECTION),
                                    null,
                                    number(task, INDICATOR_BASELINE),
                                    number(task, INDICATOR_TARGET),
                                    date(task, INDICATOR_TARGET_DATE),
                                    List.of())))),
                    currentUser.completing(task));
        }
        if (!hasMeasurableBenchmark(operation)) {
            Locale language = WorkingLanguage.of((String) task.getVariable(OperationVariables.WORKING_LANGUAGE))
                    .locale();
            throw InputRejectedException.invalid(
                    BENCHMARKS_SOURCE, messages.getMessage("refusal.noMeasurableBenchmark", null, language));
        }
    }

    /** Task_RecordRolesMatrix. */
    public void rolesRecorded(DelegateTask task) {
        records.recordRoles(
                operation(task),
                List.of(
                        new Role("MISSION", text(task, ROLES_MISSION)),
                        new Role("UNCT", text(task, ROLES_UNCT)),
                        new Role("HOST_GOVERNMENT", text(task, ROLES_HOST_GOVERNMENT)),
                        new Role("PARTNERS", text(task, ROLES_PARTNERS))),
                text(task, ROLES_MATRIX_LINK),
                currentUser.completing(task));
    }

    /** Task_ConsultRegionalOrganisations (joint planning). */
    public void regionalOrganisationsConsulted(DelegateTask task) {
        records.recordRegionalRole(
                operation(task),
                new RegionalRole(
                        text(task, REGIONAL_ORGANISATIONS),
                        date(task, REGIONAL_CONSULTED_ON),
                        text(task, REGIONAL_VIEWS),
                        text(task, REGIONAL_ROLES),
                        text(task, REGIONAL_RECORD_LINK)),
                currentUser.completing(task));
    }

    /** Task_CheckPlanSubstance: what the plan still lacks, for the gateway to route to the tasks that add it. */
    public void check(DelegateExecution execution) {
        String operation = execution.getProcessBusinessKey();
        List<String> missing = missing(operation);
        execution.setVariable(BENCHMARKS_MISSING, missing.contains(MISSING_BENCHMARKS));
        execution.setVariable(ROLES_MATRIX_MISSING, missing.contains(MISSING_ROLES_MATRIX));
        execution.setVariable(REGIONAL_ROLE_MISSING, missing.contains(MISSING_REGIONAL_ROLE));
        execution.setVariable(PLAN_MISSING, String.join(",", missing));
    }

    /** What the plan lacks before it may go to signature, in the order the tasks that add it are drawn. */
    public List<String> missing(String operation) {
        List<String> missing = new ArrayList<>();
        if (!hasMeasurableBenchmark(operation)) {
            missing.add(MISSING_BENCHMARKS);
        }
        Set<String> actors = records.roles(operation).stream().map(Role::actor).collect(Collectors.toSet());
        if (!actors.containsAll(PlanSubstanceRecords.ACTORS)) {
            missing.add(MISSING_ROLES_MATRIX);
        }
        if (records.regionalRoles(operation).isEmpty()) {
            missing.add(MISSING_REGIONAL_ROLE);
        }
        return missing;
    }

    /** A benchmark with an owner and an indicator that has a target: something the reviews can measure. */
    private boolean hasMeasurableBenchmark(String operation) {
        return benchmarks.benchmarks(operation).stream()
                .filter(b -> b.owner() != null && !b.owner().isBlank())
                .flatMap(b -> b.indicators().stream())
                .anyMatch(i -> i.target() != null && !i.target().isBlank());
    }

    /** B1, B2...: the first free code of this form in the operation. */
    private String nextCode(String operation) {
        Set<String> taken = benchmarks.benchmarks(operation).stream()
                .map(BenchmarkRecords.Benchmark::code)
                .collect(Collectors.toSet());
        int n = 1;
        while (taken.contains("B" + n)) {
            n++;
        }
        return "B" + n;
    }

    /** A number as the indicator stores it (plain text, no trailing zeros), or null. */
    private static String number(DelegateTask task, String variable) {
        String value = text(task, variable);
        return value == null ? null : new BigDecimal(value).stripTrailingZeros().toPlainString();
    }

    private static String operation(DelegateTask task) {
        return task.getExecution().getProcessBusinessKey();
    }
}
