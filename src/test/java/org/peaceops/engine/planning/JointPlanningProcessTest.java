package org.peaceops.engine.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.peaceops.engine.lifecycle.TransitionLifecycle.*;

import java.time.Instant;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peaceops.engine.ProcessDriver;
import org.peaceops.engine.ProcessTest;
import org.peaceops.engine.Transitions;
import org.peaceops.engine.assessment.AssessmentRecords;
import org.peaceops.engine.escalation.Escalations;
import org.peaceops.engine.pbc.PbcAdviceRecords;
import org.peaceops.engine.pbc.PbcConsultation;
import org.peaceops.engine.registry.TransitionRegistry;
import org.peaceops.engine.risk.RiskRegister;
import org.peaceops.engine.shared.Stage;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * joint-transition-planning.bpmn, called by the lifecycle once the Council lets the transition
 * proceed: the plan's inputs side by side, risks into the register, a financial cliff escalated, the
 * signatures and a refused one.
 */
@ProcessTest
class JointPlanningProcessTest {

    @Autowired
    ProcessEngine engine;

    @Autowired
    ProcessDriver driver;

    @Autowired
    Transitions transitions;

    @Autowired
    TransitionRegistry registry;

    @Autowired
    AssessmentRecords assessments;

    @Autowired
    PlanningRecords planning;

    @Autowired
    Escalations escalations;

    @Autowired
    RiskRegister riskRegister;

    @Autowired
    PbcAdviceRecords pbcAdvice;

    String code;

    @BeforeEach
    void newOperation() {
        code = transitions.newOperation();
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void bothPartiesSigningThePlanMovesTheTransitionToDrawdown() {
        ProcessInstance lifecycle = transitions.planDrafted(code);

        assertThat(engine.getTaskService()
                        .createTaskQuery()
                        .processInstanceBusinessKey(code)
                        .processDefinitionKey(JointTransitionPlanning.PROCESS_ID)
                        .list())
                .extracting(t -> t.getTaskDefinitionKey())
                .containsExactlyInAnyOrder(
                        JointTransitionPlanning.TASK_IDENTIFY_RISKS,
                        JointTransitionPlanning.TASK_CONSULT_COMMUNITIES,
                        JointTransitionPlanning.TASK_MAP_UNCT_CAPACITY,
                        JointTransitionPlanning.TASK_DRAFT_FINANCING_STRATEGY,
                        JointTransitionPlanning.TASK_RECORD_NATIONAL_POC_PLAN,
                        JointTransitionPlanning.TASK_GENDER_REVIEW,
                        JointTransitionPlanning.TASK_MAP_RULE_OF_LAW);
        driver.completePlanInputs(code, Map.of());
        driver.obtainPbcAdvice(code);
        var host = driver.complete(code, JointTransitionPlanning.TASK_HOST_SIGNATURE);
        var mission = driver.complete(code, JointTransitionPlanning.TASK_MISSION_SIGNATURE);

        assertThat(lifecycle)
                .hasPassed(TASK_ENTER_DRAWDOWN_STAGE, GATEWAY_PHASES_ON_RECORD)
                .isWaitingAt(TASK_RECORD_DRAWDOWN_ENDED);
        assertThat(registry.find(code).orElseThrow().stage()).isEqualTo(Stage.DRAWDOWN);
        PlanningRecords.PlanRecord plan = planning.latestPlan(code).orElseThrow();
        assertThat(plan.status()).isEqualTo("SIGNED");
        assertThat(plan.version()).isOne();
        assertThat(plan.hostSignatory()).isEqualTo(host.get(JointTransitionPlanning.SIGNATORY_NAME));
        assertThat(plan.missionSignedOn()).hasToString((String) mission.get(JointTransitionPlanning.SIGNED_ON));
        assertThat(planning.nationalPocPlan(code))
                .get()
                .extracting(PlanningRecords.NationalPocPlan::status)
                .isEqualTo("NONE");
        assertThat(planning.products(code))
                .extracting(PlanningRecords.PlanningProduct::kind)
                .containsExactlyInAnyOrder("UNCT_CAPACITY_MAPPING", "GENDER_REVIEW");
        assertThat(escalations.openCount(code)).isZero();
        var communities = driver.submitted(code, "form-consult-communities-on-plan");
        assertThat(assessments.consultations(code))
                .filteredOn(c -> "PLANNING".equals(c.stage()) && "CIVIL_SOCIETY".equals(c.counterpart()))
                .singleElement()
                .satisfies(c -> {
                    assertThat(c.counterpart()).isEqualTo("CIVIL_SOCIETY");
                    assertThat(c.women()).isEqualTo(communities.get("planConsultationWomen"));
                    assertThat(c.youth()).isEqualTo(communities.get("planConsultationYouth"));
                });
    }

    @Test
    void risksAreIdentifiedOneAtATimeIntoTheRiskRegister() {
        transitions.planDrafted(code);

        var first = driver.complete(
                code, JointTransitionPlanning.TASK_IDENTIFY_RISKS, Map.of(JointTransitionPlanning.MORE_RISKS, true));
        var next = driver.task(code, JointTransitionPlanning.TASK_IDENTIFY_RISKS);
        assertThat(engine.getTaskService().getVariable(next.getId(), JointTransitionPlanning.RISK_DESCRIPTION))
                .as("each round starts from an empty form")
                .isNull();
        var second = driver.complete(
                code,
                JointTransitionPlanning.TASK_IDENTIFY_RISKS,
                Map.of(JointTransitionPlanning.RISK_CATEGORY, "FINANCING"));

        assertThat(driver.task(code, JointTransitionPlanning.TASK_IDENTIFY_RISKS))
                .isNull();
        assertThat(riskRegister.risks(code))
                .extracting(r -> r.description(), r -> r.category(), r -> r.status())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                first.get(JointTransitionPlanning.RISK_DESCRIPTION),
                                first.get(JointTransitionPlanning.RISK_CATEGORY),
                                "OPEN"),
                        org.assertj.core.groups.Tuple.tuple(
                                second.get(JointTransitionPlanning.RISK_DESCRIPTION), "FINANCING", "OPEN"));
    }

    @Test
    void aFinancialCliffEscalatesToHeadquartersAndThePbsoUntilSomeoneClosesIt() {
        transitions.planDrafted(code);

        driver.completePlanInputs(
                code,
                Map.of(
                        JointTransitionPlanning.UNCT_FUNDING_USD,
                        12_000_000,
                        JointTransitionPlanning.MISSION_PROGRAMME_BUDGET_USD,
                        48_000_000));

        var escalation = driver.task(code, JointTransitionPlanning.TASK_ESCALATE_FINANCIAL_CLIFF);
        assertThat(escalation).isNotNull();
        assertThat(engine.getTaskService().getIdentityLinksForTask(escalation.getId()))
                .extracting(l -> l.getGroupId())
                .contains("hq-task-force", "pbso");
        assertThat(escalation.getDueDate()).isEqualTo(Date.from(Instant.parse("2026-03-16T09:00:00Z")));
        assertThat(engine.getTaskService().getVariable(escalation.getId(), JointTransitionPlanning.FINANCING_COVERAGE))
                .isEqualTo(0.25);
        assertThat(escalations.openCount(code)).isOne();
        assertThat(driver.task(code, JointTransitionPlanning.TASK_HOST_SIGNATURE))
                .as("nobody signs before the cliff is dealt with")
                .isNull();

        driver.complete(code, JointTransitionPlanning.TASK_ESCALATE_FINANCIAL_CLIFF);
        // the plan's substance is checked once every input is in, the cliff's answer included
        driver.completePlanSubstance(code);

        assertThat(escalations.openCount(code)).isZero();
        assertThat(driver.task(code, PbcConsultation.TASK_PREPARE_REQUEST))
                .as("the plan goes on to the PBC's advice, then to its signatures")
                .isNotNull();
    }

    @Test
    void aCoverageAtTheThresholdIsNoCliff() {
        transitions.planDrafted(code);

        driver.completePlanInputs(
                code,
                Map.of(
                        JointTransitionPlanning.UNCT_FUNDING_USD,
                        500,
                        JointTransitionPlanning.MISSION_PROGRAMME_BUDGET_USD,
                        1_000));

        assertThat(driver.task(code, JointTransitionPlanning.TASK_ESCALATE_FINANCIAL_CLIFF))
                .isNull();
        assertThat(escalations.openCount(code)).isZero();
        assertThat(driver.task(code, PbcConsultation.TASK_PREPARE_REQUEST)).isNotNull();
    }

    @Test
    void aRefusedSignatureReturnsThePlanToTheDraftersWithItsReasons() {
        ProcessInstance lifecycle = transitions.planDrafted(code);
        driver.completePlanInputs(code, Map.of());
        driver.obtainPbcAdvice(code);

        driver.complete(code, JointTransitionPlanning.TASK_HOST_SIGNATURE);
        driver.complete(
                code,
                JointTransitionPlanning.TASK_MISSION_SIGNATURE,
                Map.of(
                        JointTransitionPlanning.SIGNATURE_DECISION,
                        "REFUSE",
                        JointTransitionPlanning.REFUSAL_REASONS,
                        "No exit plan for the Ituri bases"));

        var redraft = driver.task(code, JointTransitionPlanning.TASK_DRAFT_TRANSITION_PLAN);
        assertThat(redraft).isNotNull();
        assertThat(engine.getTaskService().getVariable(redraft.getId(), JointTransitionPlanning.PLAN_REFUSAL_REASONS))
                .isEqualTo("Mission leadership: No exit plan for the Ituri bases");
        assertThat(planning.latestPlan(code).orElseThrow().status()).isEqualTo("REFUSED");

        driver.signPlan(code);

        assertThat(lifecycle).isWaitingAt(TASK_RECORD_DRAWDOWN_ENDED);
        assertThat(pbcAdvice.advice(code))
                .as("the redraft kept the advice on record: the Commission was asked once")
                .hasSize(1);
        assertThat(planning.latestPlan(code).orElseThrow())
                .extracting(PlanningRecords.PlanRecord::version, PlanningRecords.PlanRecord::status)
                .containsExactly(2, "SIGNED");
    }
}
