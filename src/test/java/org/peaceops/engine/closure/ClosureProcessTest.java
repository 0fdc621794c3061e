package org.peaceops.engine.closure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.peaceops.engine.Transitions.CLOSING_OPERATION;
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
import org.peaceops.engine.escalation.Escalations;
import org.peaceops.engine.monitoring.PostTransition;
import org.peaceops.engine.registry.TransitionRegistry;
import org.peaceops.engine.shared.InputRejectedException;
import org.peaceops.engine.shared.Stage;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * closure.bpmn, called by the lifecycle when the drawdown ends: the mandate's end, residual tasks
 * listed and handed over (a funding gap addressed), and the withdrawal recorded.
 */
@ProcessTest
class ClosureProcessTest {

    @Autowired
    ProcessEngine engine;

    @Autowired
    ProcessDriver driver;

    @Autowired
    Transitions transitions;

    @Autowired
    TransitionRegistry registry;

    @Autowired
    Escalations escalations;

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
    void closureEndsTheMandateHandsEachResidualTaskOverAndRecordsTheWithdrawal() {
        ProcessInstance lifecycle = transitions.imported(code, CLOSING_OPERATION);
        assertThat(lifecycle).isWaitingAt(CALL_CLOSURE);
        var mandate = driver.task(code, Closure.TASK_RECORD_MANDATE_END);
        assertThat(driver.groupsOf(mandate)).containsExactly("hq-task-force");
        assertThat(engine.getTaskService().getVariable(mandate.getId(), Closure.MANDATE_ENDED_ON))
                .as("prefilled with the Council's last decision")
                .isEqualTo("2026-06-30");

        driver.complete(code, Closure.TASK_RECORD_MANDATE_END, Map.of(Closure.MANDATE_ENDED_ON, "2026-06-30"));
        listResidualTask("Human rights monitoring", "OHCHR");
        listResidualTask("Mine action", "UNOPS");
        driver.complete(code, Closure.TASK_LIST_RESIDUAL_TASK, Map.of(Closure.RESIDUAL_TASK_LISTING, "DONE"));

        var handovers = driver.tasks(code, Closure.TASK_HAND_OVER_RESIDUAL_TASK);
        assertThat(handovers)
                .extracting(t -> t.getName())
                .containsExactlyInAnyOrder(
                        code + ": Hand over the residual task: Human rights monitoring",
                        code + ": Hand over the residual task: Mine action");
        assertThat(driver.groupsOf(handovers.get(0))).containsExactly("rc-unct");
        assertThat(handovers.get(0).getDueDate())
                .as("by the withdrawal deadline")
                .isEqualTo(Date.from(Instant.parse("2026-12-31T00:00:00Z")));
        var rights = driver.task(
                code, Closure.TASK_HAND_OVER_RESIDUAL_TASK, Closure.RESIDUAL_TITLE, "Human rights monitoring");
        assertThat(engine.getTaskService().getVariable(rights.getId(), Closure.RECEIVING_ENTITY))
                .isEqualTo("OHCHR");
        driver.complete(code, rights, Map.of(Closure.RESIDUAL_FUNDING, "FUNDED", Closure.RECEIVING_ENTITY, "OHCHR"));
        driver.complete(
                code,
                driver.task(code, Closure.TASK_HAND_OVER_RESIDUAL_TASK, Closure.RESIDUAL_TITLE, "Mine action"),
                Map.of(Closure.RESIDUAL_FUNDING, "UNFUNDED", Closure.RECEIVING_ENTITY, "UNOPS"));

        var gap = driver.task(code, Closure.TASK_ADDRESS_FUNDING_GAP);
        assertThat(gap.getName()).isEqualTo(code + ": Close the funding gap of the residual task: Mine action");
        assertThat(driver.groupsOf(gap))
                .as("one decision: the PBSO finds the money or accepts the gap, headquarters are told")
                .containsExactly("pbso");
        assertThat(escalations.open(code)).singleElement().satisfies(e -> {
            assertThat(e.kind()).isEqualTo("FINANCIAL_CLIFF");
            assertThat(e.reason()).isEqualTo("Residual task Mine action handed over to UNOPS is UNFUNDED");
        });
        driver.complete(code, Closure.TASK_ADDRESS_FUNDING_GAP, Map.of(Closure.GAP_DECISION, "BRIDGED"));
        assertThat(escalations.openCount(code)).isZero();
        assertThat(registry.find(code).orElseThrow().stage()).isEqualTo(Stage.CLOSURE);

        var lessonTask = driver.task(code, Closure.TASK_RECORD_TRANSITION_LESSON);
        assertThat(driver.groupsOf(lessonTask)).containsExactly("transition-cell");
        var lesson = driver.complete(code, Closure.TASK_RECORD_TRANSITION_LESSON);
        assertThat(jdbc.sql("select phase_id, title from lesson where operation_code = ?")
                        .param(code)
                        .query((rs, n) -> rs.getObject("phase_id") + " " + rs.getString("title"))
                        .list())
                .as("a lesson of the whole transition, with no phase")
                .containsExactly("null " + lesson.get("lessonTitle"));
        driver.complete(code, Closure.TASK_RECORD_WITHDRAWAL_COMPLETE, Map.of(Closure.COMPLETED_ON, "2026-03-01"));

        assertThat(registry.find(code).orElseThrow().stage()).isEqualTo(Stage.POST_TRANSITION);
        assertThat(jdbc.sql("select completed_on, mandate_end from transition where operation_code = ?")
                        .param(code)
                        .query((rs, n) -> rs.getString(1) + " " + rs.getString(2))
                        .single())
                .isEqualTo("2026-03-01 2026-06-30");
        assertThat(jdbc.sql("select title, status, receiving_entity, funding, gap_decision from residual_task"
                                + " where operation_code = ? order by id")
                        .param(code)
                        .query((rs, n) -> rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3) + " "
                                + rs.getString(4) + " " + rs.getString(5))
                        .list())
                .containsExactly(
                        "Human rights monitoring HANDED_OVER OHCHR FUNDED null",
                        "Mine action HANDED_OVER UNOPS UNFUNDED BRIDGED");
        assertThat(lifecycle)
                .hasPassed(CALL_CLOSURE)
                .isWaitingAt(
                        CALL_POST_TRANSITION_MONITORING,
                        PostTransition.TASK_DISPOSE_ASSETS,
                        PostTransition.TASK_TRANSFER_ARCHIVES,
                        PostTransition.TASK_END_OF_MISSION_REPORT);
    }

    @Test
    void aClosureWithoutResidualTasksGoesToTheWithdrawalAndAWithdrawalLongAgoIsCompleted() {
        ProcessInstance lifecycle = transitions.imported(code, CLOSING_OPERATION);
        driver.complete(code, Closure.TASK_RECORD_MANDATE_END);
        driver.complete(code, Closure.TASK_LIST_RESIDUAL_TASK, Map.of(Closure.RESIDUAL_TASK_LISTING, "DONE"));

        assertThat(calledClosure())
                .hasPassed(Closure.GATEWAY_MORE_RESIDUAL_TASKS)
                .isWaitingAt(Closure.TASK_RECORD_TRANSITION_LESSON);
        driver.complete(code, Closure.TASK_RECORD_TRANSITION_LESSON);
        assertThat(calledClosure()).isWaitingAt(Closure.TASK_RECORD_WITHDRAWAL_COMPLETE);
        assertThatThrownBy(() -> driver.submit(
                        code, Closure.TASK_RECORD_WITHDRAWAL_COMPLETE, Map.of(Closure.COMPLETED_ON, "2026-03-03")))
                .satisfies(e -> assertThat(InputRejectedException.findIn(e).errors())
                        .extracting(error -> error.path())
                        .containsExactly(Closure.COMPLETED_ON));
        assertThat(registry.find(code).orElseThrow().stage()).isEqualTo(Stage.CLOSURE);
        // completed 24 months and a day before today: outside the window
        driver.complete(code, Closure.TASK_RECORD_WITHDRAWAL_COMPLETE, Map.of(Closure.COMPLETED_ON, "2024-03-01"));

        assertThat(registry.find(code).orElseThrow().stage()).isEqualTo(Stage.COMPLETED);
        assertThat(lifecycle)
                .as("nothing left to watch; the liquidation goes on")
                .hasPassed(CALL_POST_TRANSITION_MONITORING)
                .isWaitingAt(PostTransition.TASK_DISPOSE_ASSETS);
    }

    @Test
    void aResidualTaskIsNotHandedOverWithoutItsCapacityConfirmedNorListedWithoutATitle() {
        transitions.imported(code, CLOSING_OPERATION);
        driver.complete(code, Closure.TASK_RECORD_MANDATE_END);
        driver.refused(
                code,
                Closure.TASK_LIST_RESIDUAL_TASK,
                Map.of(Closure.RESIDUAL_TASK_LISTING, "ADD", Closure.RESIDUAL_TITLE, ""),
                Closure.RESIDUAL_TITLE,
                "is required");
        driver.refused(
                code,
                Closure.TASK_LIST_RESIDUAL_TASK,
                Map.of(Closure.RESIDUAL_TASK_LISTING, "ADD", Closure.RESIDUAL_ANNUAL_COST_USD, -1),
                Closure.RESIDUAL_ANNUAL_COST_USD,
                "must be at least 0");
        listResidualTask("Support to elections", "UNDP");
        driver.complete(code, Closure.TASK_LIST_RESIDUAL_TASK, Map.of(Closure.RESIDUAL_TASK_LISTING, "DONE"));

        driver.refused(
                code,
                Closure.TASK_HAND_OVER_RESIDUAL_TASK,
                Map.of(Closure.CAPACITY_CONFIRMED, false),
                Closure.CAPACITY_CONFIRMED,
                "must be checked");
        driver.refused(
                code,
                Closure.TASK_HAND_OVER_RESIDUAL_TASK,
                Map.of(Closure.RESIDUAL_FUNDING, "PARTLY_FUNDED", Closure.FUNDED_AMOUNT_USD, "a lot"),
                Closure.FUNDED_AMOUNT_USD,
                "must be a number");
        assertThat(jdbc.sql("select status from residual_task where operation_code = ?")
                        .param(code)
                        .query(String.class)
                        .single())
                .isEqualTo("LISTED");
    }

    private void listResidualTask(String title, String entity) {
        driver.complete(
                code,
                Closure.TASK_LIST_RESIDUAL_TASK,
                Map.of(
                        Closure.RESIDUAL_TASK_LISTING, "ADD",
                        Closure.RESIDUAL_TITLE, title,
                        Closure.RESIDUAL_RECEIVING_ENTITY, entity));
    }

    /** The closure instance now running for the test operation. */
    private ProcessInstance calledClosure() {
        return driver.called(Closure.PROCESS_ID, code);
    }
}
