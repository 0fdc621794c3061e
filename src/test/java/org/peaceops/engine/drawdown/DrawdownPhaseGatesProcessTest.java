package org.peaceops.engine.drawdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.peaceops.engine.Transitions.DRAWDOWN_OPERATION;
import static org.peaceops.engine.Transitions.PHASED_OPERATION;

import java.time.Instant;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricDecisionInputInstance;
import org.camunda.bpm.engine.history.HistoricDecisionOutputInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peaceops.engine.ProcessDriver;
import org.peaceops.engine.ProcessTest;
import org.peaceops.engine.Timers;
import org.peaceops.engine.Transitions;
import org.peaceops.engine.escalation.Escalations;
import org.peaceops.engine.risk.RiskRegister;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The readiness gate of drawdown-phase.bpmn for a phase that is not simply ready: the phase-readiness
 * decision, auditable in the engine's history, lets it proceed with mitigation, or pauses it for HQ
 * until a day HQ chooses. (A ready phase: DrawdownPhaseProcessTest; the forms' refusals of bad values:
 * DrawdownPhaseFormsRefuseBadValuesProcessTest.)
 */
@ProcessTest
class DrawdownPhaseGatesProcessTest {

    @Autowired
    ProcessEngine engine;

    @Autowired
    ProcessDriver driver;

    @Autowired
    Transitions transitions;

    @Autowired
    Timers timers;

    @Autowired
    Escalations escalations;

    @Autowired
    DrawdownReads drawdownReads;

    @Autowired
    RiskRegister riskRegister;

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
    void aPhaseThatMayProceedWithMitigationWaitsForTheRiskRegisterAndHqsAcceptance() {
        transitions.imported(code, DRAWDOWN_OPERATION);
        driver.endPhase(code);
        driver.giveReadinessInputs(code, Map.of(DrawdownPhase.HOST_CONSENT, "CONDITIONAL"));

        var readiness = drawdownReads.readiness(transitions.phaseId(code, 3)).get(0);
        assertThat(readiness.outcome()).isEqualTo("PROCEED_WITH_MITIGATION");
        assertThat(readiness.reasons())
                .isEqualTo("a minimum-condition benchmark is at risk or has no data;"
                        + " the host government's consent is conditional");
        assertThat(driver.groupsOf(driver.task(code, DrawdownPhase.TASK_RECORD_MITIGATION)))
                .containsExactly("mission-leadership");
        driver.complete(
                code,
                DrawdownPhase.TASK_RECORD_MITIGATION,
                Map.of(DrawdownPhase.MITIGATION_MEASURES, "Keep a company in the North until June"));
        assertThat(driver.groupsOf(driver.task(code, DrawdownPhase.TASK_ACCEPT_MITIGATION)))
                .containsExactly("hq-task-force");
        driver.complete(
                code,
                DrawdownPhase.TASK_ACCEPT_MITIGATION,
                Map.of(
                        DrawdownPhase.MITIGATION_DECISION, "RETURN",
                        DrawdownPhase.MITIGATION_COMMENT, "Say who funds the company"));
        assertThat(calledPhase()).isWaitingAt(DrawdownPhase.TASK_RECORD_MITIGATION);
        driver.complete(
                code,
                DrawdownPhase.TASK_RECORD_MITIGATION,
                Map.of(DrawdownPhase.MITIGATION_MEASURES, "Keep a company in the North until June, funded by DPO"));
        driver.complete(
                code, DrawdownPhase.TASK_ACCEPT_MITIGATION, Map.of(DrawdownPhase.MITIGATION_DECISION, "ACCEPT"));

        var followedUp = drawdownReads.readiness(transitions.phaseId(code, 3)).get(0);
        assertThat(followedUp.steps())
                .containsExactly(
                        "MITIGATION_RECORDED", "MITIGATION_RETURNED", "MITIGATION_RECORDED", "MITIGATION_ACCEPTED");
        assertThat(riskRegister.risks(code))
                .as("one risk, revised")
                .singleElement()
                .satisfies(risk -> {
                    assertThat(risk.id()).isEqualTo(followedUp.riskId());
                    assertThat(risk.status()).isEqualTo("MITIGATING");
                    assertThat(risk.mitigation()).isEqualTo("Keep a company in the North until June, funded by DPO");
                });
        assertThat(calledPhase())
                .hasPassed(DrawdownPhase.GATEWAY_MITIGATION_ACCEPTED, DrawdownPhase.TASK_BEGIN_PHASE)
                .isWaitingAt(DrawdownPhase.TASK_REPATRIATE);
    }

    @Test
    void theReadinessDecisionIsInTheEnginesHistoryWithTheFactsItReadAndItsOutcomeUnderTheOperationsTenant() {
        transitions.imported(code, PHASED_OPERATION);
        driver.giveReadinessInputs(
                code, Map.of(DrawdownPhase.SECURITY_RISK_LEVEL, "HIGH", DrawdownPhase.HOST_CONSENT, "CONDITIONAL"));

        var decision = engine.getHistoryService()
                .createHistoricDecisionInstanceQuery()
                .processInstanceId(calledPhase().getId())
                .decisionDefinitionKey(DrawdownPhase.DECISION_ID)
                .includeInputs()
                .includeOutputs()
                .singleResult();
        assertThat(decision.getActivityId()).isEqualTo(DrawdownPhase.TASK_DECIDE_READINESS);
        assertThat(decision.getTenantId())
                .as("the operation's managers see it in Cockpit")
                .isEqualTo(code);
        assertThat(decision.getInputs())
                .extracting(HistoricDecisionInputInstance::getClauseId, HistoricDecisionInputInstance::getValue)
                .containsExactlyInAnyOrder(
                        tuple("Input_HostConsent", "CONDITIONAL"),
                        tuple("Input_SecurityRisk", "HIGH"),
                        tuple("Input_MinimumConditions", "NONE"),
                        tuple("Input_FundingCoverage", 0.8),
                        tuple("Input_PocPlan", true));
        assertThat(decision.getOutputs())
                .filteredOn(output -> output.getVariableName().equals(DrawdownPhase.OUTCOME))
                .extracting(HistoricDecisionOutputInstance::getValue)
                .as("every rule that applies, in the table's order: the first gives the outcome")
                .containsExactly("PROCEED_WITH_MITIGATION", "PROCEED_WITH_MITIGATION", "PROCEED");
        var recorded = drawdownReads.readiness(transitions.phaseId(code, 1)).get(0);
        assertThat(recorded.outcome()).isEqualTo("PROCEED_WITH_MITIGATION");
        assertThat(recorded.reasons())
                .isEqualTo("UNDSS rates the security risk substantial or high;"
                        + " the host government's consent is conditional");
        assertThat(engine.getRuntimeService().getVariables(calledPhase().getId()))
                .as("the facts and the results stay with the decision")
                .doesNotContainKeys(
                        DrawdownPhase.READINESS_RESULTS,
                        DrawdownPhase.MINIMUM_CONDITIONS,
                        DrawdownPhase.UNCT_FUNDING_COVERAGE,
                        DrawdownPhase.SECURITY_RISK_LEVEL)
                .containsEntry(DrawdownPhase.READINESS_OUTCOME, "PROCEED_WITH_MITIGATION")
                .containsKey(DrawdownPhase.READINESS_ID);
        assertThat(calledPhase()).isWaitingAt(DrawdownPhase.TASK_RECORD_MITIGATION);
    }

    @Test
    void aPausedPhaseEscalatesToHqAndItsReadinessIsReviewedAgainOnTheDayHqChose() {
        transitions.imported(code, PHASED_OPERATION);
        driver.giveReadinessInputs(
                code,
                Map.of(
                        DrawdownPhase.HOST_CONSENT, "WITHDRAWN",
                        DrawdownPhase.CONSENT_NOTE, "Letter of the Foreign Minister, 27 February"));

        var paused = driver.task(code, DrawdownPhase.TASK_DECIDE_PAUSED_PHASE);
        assertThat(driver.groupsOf(paused)).containsExactly("hq-task-force");
        assertThat(escalations.open(code)).singleElement().satisfies(escalation -> {
            assertThat(escalation.kind()).isEqualTo(DrawdownPhase.PAUSED_ESCALATION);
            assertThat(escalation.reason()).contains("the host government has withdrawn its consent");
            assertThat(escalation.candidateGroups()).isEqualTo("hq-task-force");
            assertThat(escalation.dueOn()).hasToString("2026-03-16");
        });
        assertThat(drawdownReads.phases(code).get(0).status()).isEqualTo("ON_HOLD");

        driver.complete(
                code,
                DrawdownPhase.TASK_DECIDE_PAUSED_PHASE,
                Map.of(DrawdownPhase.PAUSE_DECISION, "WAIT_AND_REVIEW", DrawdownPhase.REVIEW_AGAIN_ON, "2026-03-12"));

        assertThat(escalations.openCount(code)).isZero();
        var timer = engine.getManagementService()
                .createJobQuery()
                .activityId(DrawdownPhase.EVENT_REVIEW_AGAIN_DUE)
                .tenantIdIn(code)
                .singleResult();
        assertThat(timer.getDuedate()).isEqualTo(Date.from(Instant.parse("2026-03-12T00:00:00Z")));
        timers.reviewAgain(code);
        driver.giveReadinessInputs(code, Map.of());

        assertThat(drawdownReads.readiness(transitions.phaseId(code, 1)))
                .extracting(r -> r.outcome() + " " + r.steps())
                .containsExactly("PAUSE_AND_ESCALATE [WAIT_AND_REVIEW]", "PROCEED []");
        assertThat(drawdownReads.phases(code).get(0).status()).isEqualTo("ONGOING");
    }

    /** The drawdown-phase instance now running for the test operation. */
    private ProcessInstance calledPhase() {
        return driver.called(DrawdownPhase.PROCESS_ID, code);
    }
}
