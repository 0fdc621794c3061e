package org.peaceops.engine.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.peaceops.engine.planning.JointTransitionPlanning.*;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peaceops.engine.ProcessDriver;
import org.peaceops.engine.ProcessTest;
import org.peaceops.engine.Transitions;
import org.peaceops.engine.benchmark.BenchmarkImports;
import org.peaceops.engine.benchmark.BenchmarkRecords;
import org.peaceops.engine.pbc.PbcConsultation;
import org.peaceops.engine.ruleoflaw.RuleOfLawHandovers;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * joint-transition-planning.bpmn with substance (resolution 2594, OP 2, 7 and 12): the rule-of-law
 * functions mapped one at a time, and the check before the PBC and the signatures that routes to the
 * tasks adding a measurable benchmark, the roles matrix and the regional organisations' role.
 */
@ProcessTest
class PlanSubstanceProcessTest {

    @Autowired
    ProcessEngine engine;

    @Autowired
    ProcessDriver driver;

    @Autowired
    Transitions transitions;

    @Autowired
    RuleOfLawHandovers ruleOfLaw;

    @Autowired
    BenchmarkRecords benchmarks;

    @Autowired
    BenchmarkImports loadedBenchmarks;

    @Autowired
    PlanSubstanceRecords substance;

    String code;

    @BeforeEach
    void newOperation() {
        code = transitions.newOperation();
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    /** Every input of the plan but the substance the check asks for. */
    private void completeInputs() {
        for (String task : List.of(
                TASK_IDENTIFY_RISKS,
                TASK_CONSULT_COMMUNITIES,
                TASK_MAP_UNCT_CAPACITY,
                TASK_DRAFT_FINANCING_STRATEGY,
                TASK_RECORD_NATIONAL_POC_PLAN,
                TASK_GENDER_REVIEW,
                TASK_MAP_RULE_OF_LAW)) {
            driver.complete(code, task);
        }
    }

    private List<String> openPlanningTasks() {
        return engine
                .getTaskService()
                .createTaskQuery()
                .processInstanceBusinessKey(code)
                .processDefinitionKey(PROCESS_ID)
                .list()
                .stream()
                .map(t -> t.getTaskDefinitionKey())
                .toList();
    }

    @Test
    void ruleOfLawFunctionsAreMappedOneAtATimeWithWhoTakesThemAndTheirPhase() {
        transitions.planDrafted(code);

        var police = driver.complete(
                code,
                TASK_MAP_RULE_OF_LAW,
                Map.of(RULE_OF_LAW_AREA, "POLICE", RULE_OF_LAW_PHASE, 2, MORE_RULE_OF_LAW_FUNCTIONS, true));
        var next = driver.task(code, TASK_MAP_RULE_OF_LAW);
        assertThat(engine.getTaskService().getVariable(next.getId(), RULE_OF_LAW_FUNCTION))
                .as("each round starts from an empty form")
                .isNull();
        assertThat(driver.groupsOf(next)).containsExactlyInAnyOrder("transition-cell", "host-government");
        var corrections = driver.complete(
                code,
                TASK_MAP_RULE_OF_LAW,
                Map.of(
                        RULE_OF_LAW_AREA,
                        "CORRECTIONS",
                        RULE_OF_LAW_RECEIVER_KIND,
                        "UN_ENTITY",
                        RULE_OF_LAW_PHASE,
                        1,
                        MORE_RULE_OF_LAW_FUNCTIONS,
                        true));
        driver.complete(code, TASK_MAP_RULE_OF_LAW, Map.of(RULE_OF_LAW_ENTRY, "NOTHING_MORE"));

        assertThat(driver.task(code, TASK_MAP_RULE_OF_LAW)).isNull();
        assertThat(ruleOfLaw.ofOperation(code))
                .extracting(
                        RuleOfLawHandovers.Handover::area,
                        RuleOfLawHandovers.Handover::function,
                        RuleOfLawHandovers.Handover::receiverKind,
                        RuleOfLawHandovers.Handover::receiver,
                        RuleOfLawHandovers.Handover::phaseSeq,
                        RuleOfLawHandovers.Handover::status)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                "POLICE",
                                police.get(RULE_OF_LAW_FUNCTION),
                                "NATIONAL_INSTITUTION",
                                police.get(RULE_OF_LAW_RECEIVER),
                                2,
                                "MAPPED"),
                        org.assertj.core.groups.Tuple.tuple(
                                "CORRECTIONS",
                                corrections.get(RULE_OF_LAW_FUNCTION),
                                "UN_ENTITY",
                                corrections.get(RULE_OF_LAW_RECEIVER),
                                1,
                                "MAPPED"));
        assertThat(ruleOfLaw.dueInPhase(code, 1)).hasSize(1);
    }

    @Test
    void aPlanWithoutBenchmarksRolesOrRegionalRoleGoesToNobodysSignatureUntilEachIsAdded() {
        transitions.planDrafted(code);
        completeInputs();

        assertThat(openPlanningTasks())
                .containsExactlyInAnyOrder(
                        TASK_DEFINE_BENCHMARKS, TASK_RECORD_ROLES_MATRIX, TASK_CONSULT_REGIONAL_ORGANISATIONS);
        var regional = driver.task(code, TASK_CONSULT_REGIONAL_ORGANISATIONS);
        assertThat(engine.getTaskService().getVariable(regional.getId(), PLAN_MISSING))
                .isEqualTo("BENCHMARKS,ROLES_MATRIX,REGIONAL_ROLE");
        assertThat(driver.groupsOf(regional)).containsExactlyInAnyOrder("regional-organisation", "hq-task-force");
        assertThat(driver.task(code, PbcConsultation.TASK_PREPARE_REQUEST)).isNull();

        var roles = driver.complete(code, TASK_RECORD_ROLES_MATRIX);
        var consulted = driver.complete(code, TASK_CONSULT_REGIONAL_ORGANISATIONS);
        assertThat(openPlanningTasks())
                .as("the check waits for the benchmarks")
                .containsExactly(TASK_DEFINE_BENCHMARKS);

        var first = driver.complete(code, TASK_DEFINE_BENCHMARKS, Map.of(MORE_BENCHMARKS, true));
        var second = driver.complete(code, TASK_DEFINE_BENCHMARKS, Map.of(BENCHMARK_OWNER, "JOINT"));

        assertThat(openPlanningTasks()).isEmpty();
        assertThat(driver.task(code, PbcConsultation.TASK_PREPARE_REQUEST))
                .as("checked again, nothing missing: on to the PBC and the signatures")
                .isNotNull();
        assertThat(benchmarks.benchmarks(code))
                .extracting(b -> b.code() + " " + b.title() + " " + b.owner())
                .containsExactly(
                        "B1 " + first.get(BENCHMARK_TITLE) + " NATIONAL",
                        "B2 " + second.get(BENCHMARK_TITLE) + " JOINT");
        assertThat(benchmarks.benchmarks(code).get(0).indicators())
                .singleElement()
                .satisfies(i -> {
                    assertThat(i.code()).isEqualTo("B1.1");
                    assertThat(i.name()).isEqualTo(first.get(INDICATOR_TITLE));
                    assertThat(i.target()).isEqualTo(first.get(INDICATOR_TARGET).toString());
                    assertThat(i.baseline())
                            .isEqualTo(first.get(INDICATOR_BASELINE).toString());
                    assertThat(i.targetDate()).isEqualTo(LocalDate.parse((String) first.get(INDICATOR_TARGET_DATE)));
                });
        assertThat(substance.roles(code))
                .extracting(PlanSubstanceRecords.Role::actor, PlanSubstanceRecords.Role::responsibilities)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("MISSION", roles.get(ROLES_MISSION)),
                        org.assertj.core.groups.Tuple.tuple("UNCT", roles.get(ROLES_UNCT)),
                        org.assertj.core.groups.Tuple.tuple("HOST_GOVERNMENT", roles.get(ROLES_HOST_GOVERNMENT)),
                        org.assertj.core.groups.Tuple.tuple("PARTNERS", roles.get(ROLES_PARTNERS)));
        assertThat(substance.regionalRoles(code)).singleElement().satisfies(r -> {
            assertThat(r.organisations()).isEqualTo(consulted.get(REGIONAL_ORGANISATIONS));
            assertThat(r.roles()).isEqualTo(consulted.get(REGIONAL_ROLES));
            assertThat(r.views()).isEqualTo(consulted.get(REGIONAL_VIEWS));
        });
    }

    @Test
    void benchmarksLoadedBeforeTheCheckAreNotAskedForAgain() {
        transitions.planDrafted(code);
        loadedBenchmarks.add(
                code,
                List.of(new BenchmarkImports.ImportedBenchmark(
                        "POL-1",
                        "Police deployed in every province",
                        "RULE_OF_LAW",
                        "NATIONAL",
                        true,
                        null,
                        List.of(new BenchmarkImports.ImportedIndicator(
                                "POL-1.1",
                                "Provinces with police",
                                "NUMBER",
                                null,
                                "INCREASE",
                                null,
                                "10",
                                "26",
                                null,
                                List.of())))),
                "hq-planner");

        completeInputs();

        assertThat(openPlanningTasks())
                .containsExactlyInAnyOrder(TASK_RECORD_ROLES_MATRIX, TASK_CONSULT_REGIONAL_ORGANISATIONS);
    }

    @Test
    void aRolesMatrixAndRegionalRoleOnRecordLeaveOnlyTheBenchmarksToDefine() {
        transitions.planDrafted(code);
        substance.recordRoles(
                code,
                PlanSubstanceRecords.ACTORS.stream()
                        .map(actor -> new PlanSubstanceRecords.Role(actor, "Agreed in the working group"))
                        .toList(),
                null,
                "transition-officer");
        substance.recordRegionalRole(
                code,
                new PlanSubstanceRecords.RegionalRole(
                        "SADC, EAC",
                        LocalDate.parse("2026-02-20"),
                        "Support the timetable",
                        "SADC: follow-on force",
                        null),
                "hq-planner");

        completeInputs();

        assertThat(openPlanningTasks()).containsExactly(TASK_DEFINE_BENCHMARKS);
        driver.complete(code, TASK_DEFINE_BENCHMARKS);
        assertThat(driver.task(code, PbcConsultation.TASK_PREPARE_REQUEST)).isNotNull();
    }

    @Test
    void sayingTheBenchmarksWereLoadedIsRefusedWhileNoneIsOnRecordAndNothingChanges() {
        transitions.planDrafted(code);
        completeInputs();
        List<String> before = driver.storedValues(code);

        driver.refused(
                code,
                TASK_DEFINE_BENCHMARKS,
                Map.of(BENCHMARKS_SOURCE, "LOADED"),
                BENCHMARKS_SOURCE,
                "No benchmark of this operation has an indicator, an owner and a target");

        assertThat(benchmarks.benchmarks(code)).isEmpty();
        assertThat(driver.storedValues(code)).containsExactlyInAnyOrderElementsOf(before);
    }

    @Test
    void aBenchmarkWithoutATargetIsRefusedOnTheTargetAndNothingChanges() {
        transitions.planDrafted(code);
        completeInputs();
        List<String> before = driver.storedValues(code);

        java.util.Map<String, Object> noTarget = new java.util.HashMap<>();
        noTarget.put(INDICATOR_TARGET, null);
        driver.refused(code, TASK_DEFINE_BENCHMARKS, noTarget, INDICATOR_TARGET, "Target");

        assertThat(benchmarks.benchmarks(code)).isEmpty();
        assertThat(driver.storedValues(code)).containsExactlyInAnyOrderElementsOf(before);
    }
}
