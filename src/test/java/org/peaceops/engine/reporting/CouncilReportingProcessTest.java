package org.peaceops.engine.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.peaceops.engine.Transitions.DRAWDOWN_OPERATION;
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
import org.peaceops.engine.Timers;
import org.peaceops.engine.Transitions;
import org.peaceops.engine.drawdown.DrawdownPhase;
import org.peaceops.engine.pbc.PbcAdviceRecords;
import org.peaceops.engine.pbc.PbcConsultation;
import org.peaceops.engine.registry.TransitionRegistry;
import org.peaceops.engine.shared.InputRejectedException;
import org.peaceops.engine.shared.Stage;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * council-reporting.bpmn, which the lifecycle runs every reporting period: the transition section
 * drafted from live data, the PBC consulted, the gender review, clearance, submission and the
 * Council's response; and the Council's later decisions by message, the lifecycle's mandate decision
 * event subprocess.
 */
@ProcessTest
class CouncilReportingProcessTest {

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
    JdbcClient jdbc;

    @Autowired
    PbcAdviceRecords pbcAdvice;

    @Autowired
    CouncilReportRecords councilReports;

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
    void eachReportingPeriodHqDraftsFromLiveDataThePbcIsConsultedTheGenderAdviserReviewsAndEosgClears() {
        ProcessInstance lifecycle = transitions.imported(code, DRAWDOWN_OPERATION);
        assertThat(timers.reportTimer(lifecycle).getDuedate())
                .as("every 90 days")
                .isEqualTo(Date.from(Instant.parse("2026-05-31T09:00:00Z")));
        timers.openReport(code, lifecycle);

        var draft = driver.task(code, CouncilReporting.TASK_DRAFT_SECTION);
        assertThat(draft.getName()).isEqualTo(code + ": Draft the transition section of the report");
        assertThat(driver.groupsOf(draft)).containsExactly("hq-task-force");
        assertThat(draft.getDueDate()).isEqualTo(Date.from(Instant.parse("2026-06-30T09:00:00Z")));
        assertThat((String) engine.getTaskService().getVariable(draft.getId(), CouncilReporting.TRANSITION_SECTION))
                .contains(
                        "Figures as of 2026-05-31.",
                        "Stage: drawdown.",
                        "Benchmarks: B1 at risk, B2 no data, B3 at risk.",
                        "Open escalations: 0.");
        // a week on, HQ takes the task: the draft is written again from the records as they stand
        ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-06-07T09:00:00Z")));
        engine.getTaskService().claim(draft.getId(), "hq-planner");
        assertThat((String) engine.getTaskService().getVariable(draft.getId(), CouncilReporting.TRANSITION_SECTION))
                .contains("Figures as of 2026-06-07.");
        // ... and a draft someone changed is theirs: taking the task again leaves it as it is
        engine.getTaskService().setVariable(draft.getId(), CouncilReporting.TRANSITION_SECTION, "HQ's own text");
        engine.getTaskService().setAssignee(draft.getId(), "another-planner");
        assertThat(engine.getTaskService().getVariable(draft.getId(), CouncilReporting.TRANSITION_SECTION))
                .isEqualTo("HQ's own text");
        engine.getTaskService().setAssignee(draft.getId(), null);
        driver.complete(code, CouncilReporting.TASK_DRAFT_SECTION);
        driver.obtainPbcAdvice(code);
        driver.complete(code, CouncilReporting.TASK_GENDER_REVIEW);
        driver.complete(
                code,
                CouncilReporting.TASK_CLEAR_REPORT,
                Map.of(CouncilReporting.REPORT_CLEARANCE, "RETURN", CouncilReporting.RETURN_REASONS, "Too long"));
        driver.complete(code, CouncilReporting.TASK_DRAFT_SECTION);
        assertThat(driver.task(code, PbcConsultation.TASK_PREPARE_REQUEST))
                .as("the advice received this period is fresh: not asked again")
                .isNull();
        driver.complete(code, CouncilReporting.TASK_GENDER_REVIEW);
        driver.complete(code, CouncilReporting.TASK_CLEAR_REPORT, Map.of(CouncilReporting.REPORT_CLEARANCE, "CLEAR"));
        var submission = driver.complete(code, CouncilReporting.TASK_RECORD_SUBMISSION);
        var decision = driver.complete(
                code,
                CouncilReporting.TASK_RECORD_COUNCIL_RESPONSE,
                Map.of(MANDATE_OUTCOME, "RENEWAL", MANDATE_ENDS_ON, "2027-06-30"));

        assertThat(councilReports.reports(code)).singleElement().satisfies(report -> {
            assertThat(report.clearance()).isEqualTo("CLEAR");
            assertThat(report.reportSymbol()).isEqualTo(submission.get(CouncilReporting.REPORT_SYMBOL));
        });
        assertThat(pbcAdvice.advice(code)).singleElement().satisfies(advice -> {
            assertThat(advice.informs()).isEqualTo("REPORT");
            assertThat(advice.informsRef()).startsWith("report ");
        });
        assertThat(registry.resolutions(code)).extracting(r -> r.symbol()).contains((String)
                decision.get(RESOLUTION_SYMBOL));
        assertThat(jdbc.sql("select mandate_end from transition where operation_code = ?")
                        .param(code)
                        .query(String.class)
                        .single())
                .isEqualTo("2027-06-30");
        assertThat(lifecycle).hasPassed(END_REPORT_CYCLE_ENDED).isWaitingAt(CALL_DRAWDOWN_PHASE);
        assertThat(timers.reportTimer(lifecycle).getDuedate())
                .isEqualTo(Date.from(Instant.parse("2026-08-29T09:00:00Z")));
    }

    @Test
    void aTerminationRecordedAfterTheReportTakesTheTransitionToClosure() {
        ProcessInstance lifecycle = transitions.imported(code, DRAWDOWN_OPERATION);
        timers.openReport(code, lifecycle);
        driver.complete(code, CouncilReporting.TASK_DRAFT_SECTION);
        driver.obtainPbcAdvice(code);
        driver.complete(code, CouncilReporting.TASK_GENDER_REVIEW);
        driver.complete(code, CouncilReporting.TASK_CLEAR_REPORT, Map.of(CouncilReporting.REPORT_CLEARANCE, "CLEAR"));
        driver.complete(code, CouncilReporting.TASK_RECORD_SUBMISSION);

        driver.complete(
                code,
                CouncilReporting.TASK_RECORD_COUNCIL_RESPONSE,
                Map.of(MANDATE_OUTCOME, "TERMINATION", MANDATE_ENDS_ON, "2026-12-31"));

        assertThat(lifecycle)
                .hasPassed(EVENT_MANDATE_TERMINATED, GATEWAY_TO_CLOSURE, TASK_ENTER_CLOSURE_STAGE)
                .isWaitingAt(CALL_CLOSURE);
        assertThat(registry.find(code).orElseThrow().stage()).isEqualTo(Stage.CLOSURE);
        assertThat(engine.getRuntimeService()
                        .createProcessInstanceQuery()
                        .processDefinitionKey(DrawdownPhase.PROCESS_ID)
                        .processInstanceBusinessKey(code)
                        .count())
                .as("the phase under way ends with the mandate")
                .isZero();
    }

    @Test
    void aLaterDecisionMayArriveByMessageAndATerminationEndsTheDrawdown() {
        ProcessInstance lifecycle = transitions.imported(code, DRAWDOWN_OPERATION);
        Map<String, Object> renewal = new java.util.HashMap<>(Map.of(
                RESOLUTION_SYMBOL, "S/RES/2765 (2026)",
                RESOLUTION_ADOPTED_ON, "2026-02-27",
                MANDATE_OUTCOME, "RENEWAL"));

        assertThatThrownBy(() -> mandateMessage(renewal))
                .satisfies(e -> assertThat(InputRejectedException.findIn(e).errors())
                        .extracting(error -> error.path())
                        .containsExactly(MANDATE_ENDS_ON));
        assertThat(registry.resolutions(code)).isEmpty();

        renewal.put(MANDATE_ENDS_ON, "2026-12-20");
        mandateMessage(renewal);
        assertThat(lifecycle).hasPassed(END_MANDATE_DECISION_REGISTERED).isWaitingAt(CALL_DRAWDOWN_PHASE);
        assertThat(registry.resolutions(code)).extracting(r -> r.symbol()).containsExactly("S/RES/2765 (2026)");

        renewal.put(MANDATE_OUTCOME, "TERMINATION");
        renewal.put(RESOLUTION_SYMBOL, "S/RES/2790 (2026)");
        mandateMessage(renewal);
        driver.runJobs(code);

        assertThat(lifecycle).hasPassed(END_MANDATE_TERMINATED_BY_MESSAGE).isWaitingAt(CALL_CLOSURE);
        assertThat(registry.find(code).orElseThrow().stage()).isEqualTo(Stage.CLOSURE);
    }

    private void mandateMessage(Map<String, Object> variables) {
        engine.getRuntimeService()
                .createMessageCorrelation(MESSAGE_MANDATE_DECISION)
                .processInstanceBusinessKey(code)
                .setVariables(variables)
                .correlate();
    }
}
