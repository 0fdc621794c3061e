package org.peaceops.engine.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.peaceops.engine.Transitions.CALM;
import static org.peaceops.engine.assessment.StrategicAssessment.*;
import static org.peaceops.engine.lifecycle.TransitionLifecycle.*;

import java.time.Instant;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peaceops.engine.ProcessDriver;
import org.peaceops.engine.ProcessTest;
import org.peaceops.engine.Timers;
import org.peaceops.engine.Transitions;
import org.peaceops.engine.closure.Closure;
import org.peaceops.engine.drawdown.DrawdownPhase;
import org.peaceops.engine.monitoring.PostTransition;
import org.peaceops.engine.planning.JointTransitionPlanning;
import org.peaceops.engine.planning.PlanningRecords;
import org.peaceops.engine.registry.ResolutionRecord;
import org.peaceops.engine.registry.TransitionRecord;
import org.peaceops.engine.registry.TransitionRegistry;
import org.peaceops.engine.shared.InputRejectedException;
import org.peaceops.engine.shared.Stage;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * transition-lifecycle.bpmn from its start form to its ends: the transition registered in the
 * operation's own tenant, the Council's decision by task or by message (proceed, revise, terminate),
 * the stages, a drawdown without phases, and a transition run to completed. The lifecycle's event
 * subprocesses are driven where the processes they call are tested: reviews, reports, mandate and
 * consent messages, drawdown alerts.
 */
@ProcessTest
class TransitionLifecycleProcessTest {

    @Autowired
    ProcessEngine engine;

    @Autowired
    ProcessDriver driver;

    @Autowired
    Transitions transitions;

    @Autowired
    Timers timers;

    @Autowired
    TransitionRegistry registry;

    @Autowired
    PlanningRecords planning;

    @Autowired
    JdbcClient jdbc;

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
    void aStartedTransitionIsRegisteredInItsOwnTenantAndWaitsForTermsOfReference() {
        ProcessInstance lifecycle = driver.startLifecycle(code);

        assertThat(lifecycle).isActive().hasBusinessKey(code).isWaitingAt(CALL_STRATEGIC_ASSESSMENT);
        assertThat(lifecycle.getTenantId()).isEqualTo(code);
        ProcessInstance assessment = BpmnAwareTests.calledProcessInstance(lifecycle);
        assertThat(assessment).hasBusinessKey(code).isWaitingAt(TASK_DRAFT_TERMS_OF_REFERENCE);
        assertThat(assessment.getTenantId()).isEqualTo(code);
        var task = driver.task(code, TASK_DRAFT_TERMS_OF_REFERENCE);
        assertThat(task.getName()).isEqualTo(code + ": Draft terms of reference");
        assertThat(task.getDueDate()).isEqualTo(Date.from(Instant.parse("2026-03-16T09:00:00Z")));
        assertThat(task.getTenantId()).isEqualTo(code);

        var start = driver.submitted(code, FORM_START_TRANSITION);
        TransitionRecord transition = registry.find(code).orElseThrow();
        assertThat(transition.stage()).isEqualTo(Stage.ASSESSMENT);
        assertThat(transition.operationName()).isEqualTo(start.get(OPERATION_NAME));
        assertThat(transition.hostCountry()).isEqualTo("XAR");
        assertThat(transition.workingLanguage().code()).isEqualTo(start.get(WORKING_LANGUAGE));
        assertThat(BpmnAwareTests.runtimeService().getVariable(assessment.getId(), WORKING_LANGUAGE))
                .as("the called process names its tasks in the operation's language")
                .isEqualTo(start.get(WORKING_LANGUAGE));
        assertThat(transition.trigger()).isEqualTo(start.get(TRANSITION_TRIGGER));
        assertThat(transition.startedOn()).hasToString((String) start.get(TRANSITION_STARTED_ON));
        assertThat(transition.processInstanceId()).isEqualTo(lifecycle.getId());
        assertThat(engine.getIdentityService()
                        .createTenantQuery()
                        .tenantId(code)
                        .count())
                .isOne();
        assertThat(engine.getIdentityService()
                        .createTenantQuery()
                        .tenantId(code)
                        .groupMember("hq-task-force")
                        .count())
                .isOne();
    }

    @Test
    void aProceedDecisionFromHeadquartersMovesTheTransitionToJointPlanning() {
        ProcessInstance lifecycle = driver.startLifecycle(code);
        driver.clearAssessment(code);
        assertThat(lifecycle).isWaitingAt(TASK_RECORD_COUNCIL_DECISION);

        var decision = driver.complete(code, TASK_RECORD_COUNCIL_DECISION, Map.of(COUNCIL_OUTCOME, "PROCEED"));

        assertThat(lifecycle)
                .hasPassed(TASK_REGISTER_COUNCIL_DECISION, TASK_ENTER_PLANNING_STAGE)
                .isWaitingAt(CALL_JOINT_TRANSITION_PLANNING);
        ProcessInstance planning = BpmnAwareTests.calledProcessInstance(
                BpmnAwareTests.processInstanceQuery().processDefinitionKey(JointTransitionPlanning.PROCESS_ID),
                lifecycle);
        assertThat(planning).hasBusinessKey(code).isWaitingAt(JointTransitionPlanning.TASK_DRAFT_TRANSITION_PLAN);
        assertThat(planning.getTenantId()).isEqualTo(code);
        assertThat(registry.find(code).orElseThrow().stage()).isEqualTo(Stage.PLANNING);
        assertThat(registry.resolutions(code)).singleElement().satisfies(r -> {
            assertThat(r.symbol()).isEqualTo(decision.get(RESOLUTION_SYMBOL));
            assertThat(r.adoptedOn()).hasToString((String) decision.get(RESOLUTION_ADOPTED_ON));
            assertThat(r.decision()).isEqualTo("PROCEED");
            assertThat(r.summary()).isEqualTo(decision.get(COUNCIL_NOTES));
            assertThat(r.source()).isEqualTo("TASK");
        });
    }

    @Test
    void theCouncilDecisionMessageReplacesHeadquartersTask() {
        ProcessInstance lifecycle = driver.startLifecycle(code);
        driver.clearAssessment(code);

        engine.getRuntimeService()
                .createMessageCorrelation(MESSAGE_COUNCIL_DECISION)
                .processInstanceBusinessKey(code)
                .setVariable(RESOLUTION_SYMBOL, "S/RES/2765 (2026)")
                .setVariable(RESOLUTION_ADOPTED_ON, "2026-02-27")
                .setVariable(COUNCIL_OUTCOME, "PROCEED")
                .correlate();
        driver.runJobs(code);

        assertThat(lifecycle)
                .hasPassed(EVENT_COUNCIL_DECISION_RECEIVED, TASK_ENTER_PLANNING_STAGE)
                .isWaitingAt(CALL_JOINT_TRANSITION_PLANNING);
        assertThat(engine.getHistoryService()
                        .createHistoricTaskInstanceQuery()
                        .processInstanceId(lifecycle.getId())
                        .taskDefinitionKey(TASK_RECORD_COUNCIL_DECISION)
                        .singleResult()
                        .getDeleteReason())
                .as("headquarters' task was cancelled, not completed")
                .isNotEqualTo("completed");
        assertThat(registry.resolutions(code)).singleElement().satisfies(r -> {
            assertThat(r.symbol()).isEqualTo("S/RES/2765 (2026)");
            assertThat(r.source()).isEqualTo("MESSAGE");
        });
    }

    @Test
    void aReviseDecisionRunsTheAssessmentAgainWithAnEmptyDecisionForm() {
        ProcessInstance lifecycle = driver.startLifecycle(code);
        driver.clearAssessment(code);
        driver.complete(code, TASK_RECORD_COUNCIL_DECISION, Map.of(COUNCIL_OUTCOME, "REVISE"));

        assertThat(lifecycle).isWaitingAt(CALL_STRATEGIC_ASSESSMENT);
        assertThat(engine.getRuntimeService().getVariable(lifecycle.getId(), COUNCIL_OUTCOME))
                .isNull();
        assertThat(registry.find(code).orElseThrow().stage()).isEqualTo(Stage.ASSESSMENT);

        driver.clearAssessment(code);
        driver.complete(code, TASK_RECORD_COUNCIL_DECISION, Map.of(COUNCIL_OUTCOME, "PROCEED"));
        assertThat(lifecycle).isWaitingAt(CALL_JOINT_TRANSITION_PLANNING);
        assertThat(registry.resolutions(code))
                .extracting(ResolutionRecord::decision)
                .containsExactly("REVISE", "PROCEED");
    }

    @Test
    void aTerminateDecisionEndsTheLifecycleWithItsReason() {
        ProcessInstance lifecycle = driver.startLifecycle(code);
        driver.clearAssessment(code);

        var decision = driver.complete(code, TASK_RECORD_COUNCIL_DECISION, Map.of(COUNCIL_OUTCOME, "TERMINATE"));

        assertThat(lifecycle).isEnded().hasPassed(TASK_CLOSE_TERMINATED_TRANSITION, END_LIFECYCLE_TERMINATED);
        TransitionRecord transition = registry.find(code).orElseThrow();
        assertThat(transition.terminationReason()).isEqualTo(decision.get(TERMINATION_REASON));
        assertThat(transition.terminatedOn()).hasToString((String) decision.get(RESOLUTION_ADOPTED_ON));
        assertThat(transition.stage()).isEqualTo(Stage.ASSESSMENT);
    }

    @Test
    void aFailingStageUpdateBecomesAnIncidentAfterItsRetries() {
        ProcessInstance lifecycle = driver.startLifecycle(code);
        driver.clearAssessment(code);
        driver.submit(code, TASK_RECORD_COUNCIL_DECISION, Map.of(COUNCIL_OUTCOME, "PROCEED"));
        var registerJob = engine.getManagementService()
                .createJobQuery()
                .processInstanceId(lifecycle.getId())
                .singleResult();
        engine.getManagementService().executeJob(registerJob.getId());
        // the transition row disappears (an operator's mistake): the stage cannot be updated
        jdbc.sql("delete from transition where operation_code = ?").param(code).update();

        var stageJob = engine.getManagementService()
                .createJobQuery()
                .processInstanceId(lifecycle.getId())
                .singleResult();
        for (int attempt = 0; attempt < 3; attempt++) {
            assertThatThrownBy(() -> engine.getManagementService().executeJob(stageJob.getId()))
                    .hasMessageContaining("no transition is registered for operation " + code);
        }

        var incident = engine.getRuntimeService()
                .createIncidentQuery()
                .processInstanceId(lifecycle.getId())
                .singleResult();
        assertThat(incident.getActivityId()).isEqualTo(TASK_ENTER_PLANNING_STAGE);
        assertThat(lifecycle).isWaitingAt(TASK_ENTER_PLANNING_STAGE);
    }

    @Test
    void startingATransitionForARegisteredOperationIsRefusedAndStartsNothing() {
        driver.startLifecycle(code);
        long instances = engine.getRuntimeService().createProcessInstanceQuery().count();

        assertThatThrownBy(() -> driver.startLifecycle(code)).satisfies(e -> {
            InputRejectedException rejected = InputRejectedException.findIn(e);
            assertThat(rejected).isNotNull();
            assertThat(rejected.status()).isEqualTo(409);
            assertThat(rejected.errors().get(0).path()).isEqualTo(OPERATION_CODE);
        });
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().count())
                .isEqualTo(instances);
    }

    @Test
    void aDrawdownWithoutPhasesOnRecordEndsWhenLeadershipRecordsItsEnd() {
        ProcessInstance lifecycle = transitions.planDrafted(code);
        driver.completePlanInputs(code, Map.of());
        driver.obtainPbcAdvice(code);
        driver.complete(code, JointTransitionPlanning.TASK_HOST_SIGNATURE);
        driver.complete(code, JointTransitionPlanning.TASK_MISSION_SIGNATURE);

        var ended = driver.complete(code, TASK_RECORD_DRAWDOWN_ENDED);

        assertThat(lifecycle).hasPassed(TASK_RECORD_DRAWDOWN_ENDED).isWaitingAt(CALL_CLOSURE);
        assertThat(registry.find(code).orElseThrow().stage()).isEqualTo(Stage.CLOSURE);
        assertThat(jdbc.sql("select name, status, ended_on from phase where operation_code = ?")
                        .param(code)
                        .query((rs, n) -> rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3))
                        .single())
                .isEqualTo("Drawdown COMPLETED " + ended.get(DrawdownPhase.PHASE_ENDED_ON));
    }

    @Test
    void aTransitionRunsFromItsAssessmentToCompletedTwentyFourMonthsAfterItsWithdrawal() {
        ProcessInstance lifecycle = transitions.planDrafted(code);
        driver.completePlanInputs(code, Map.of());
        driver.obtainPbcAdvice(code);
        driver.complete(code, JointTransitionPlanning.TASK_HOST_SIGNATURE);
        driver.complete(code, JointTransitionPlanning.TASK_MISSION_SIGNATURE);
        assertThat(registry.find(code).orElseThrow().stage()).isEqualTo(Stage.DRAWDOWN);
        driver.complete(code, TASK_RECORD_DRAWDOWN_ENDED);
        assertThat(registry.find(code).orElseThrow().stage()).isEqualTo(Stage.CLOSURE);
        driver.complete(code, Closure.TASK_RECORD_MANDATE_END);
        driver.complete(code, Closure.TASK_LIST_RESIDUAL_TASK, Map.of(Closure.RESIDUAL_TASK_LISTING, "DONE"));
        driver.complete(code, Closure.TASK_RECORD_TRANSITION_LESSON);
        driver.complete(code, Closure.TASK_RECORD_WITHDRAWAL_COMPLETE, Map.of(Closure.COMPLETED_ON, "2026-03-02"));
        assertThat(registry.find(code).orElseThrow().stage()).isEqualTo(Stage.POST_TRANSITION);

        var report = driver.task(code, PostTransition.TASK_END_OF_MISSION_REPORT);
        assertThat(driver.groupsOf(report)).containsExactly("hq-task-force");
        assertThat(report.getDueDate())
                .as("18 months after the withdrawal")
                .isEqualTo(Date.from(Instant.parse("2027-09-02T00:00:00Z")));
        driver.complete(code, PostTransition.TASK_DISPOSE_ASSETS);
        driver.complete(code, PostTransition.TASK_TRANSFER_ARCHIVES);
        driver.complete(code, PostTransition.TASK_END_OF_MISSION_REPORT);
        assertThat(jdbc.sql("select step from liquidation_record where operation_code = ? order by id")
                        .param(code)
                        .query(String.class)
                        .list())
                .containsExactly("ASSET_DISPOSAL", "ARCHIVES", "END_OF_MISSION_REPORT");

        for (int quarter = 1; quarter <= 7; quarter++) {
            timers.nextQuarter(code);
            driver.complete(code, PostTransition.TASK_CHECK_RELAPSE, CALM);
        }
        assertThat(registry.find(code).orElseThrow().stage())
                .as("21 months after the withdrawal")
                .isEqualTo(Stage.POST_TRANSITION);
        assertThat(timers.checkTimer(code).getDuedate())
                .as("the end of the window")
                .isEqualTo(Date.from(Instant.parse("2028-03-02T00:00:00Z")));
        timers.nextQuarter(code);

        assertThat(registry.find(code).orElseThrow().stage()).isEqualTo(Stage.COMPLETED);
        assertThat(lifecycle)
                .isEnded()
                .hasPassed(
                        CALL_STRATEGIC_ASSESSMENT,
                        CALL_JOINT_TRANSITION_PLANNING,
                        TASK_RECORD_DRAWDOWN_ENDED,
                        CALL_CLOSURE,
                        SUBPROCESS_LIQUIDATION,
                        CALL_POST_TRANSITION_MONITORING,
                        END_TRANSITION_ENDED);
        assertThat(jdbc.sql("select count(*) from relapse_check where operation_code = ?")
                        .param(code)
                        .query(Integer.class)
                        .single())
                .isEqualTo(7);
    }
}
