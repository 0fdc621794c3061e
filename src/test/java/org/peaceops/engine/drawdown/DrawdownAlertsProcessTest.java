package org.peaceops.engine.drawdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.peaceops.engine.Timers.inDays;
import static org.peaceops.engine.Transitions.LATE_OPERATION;
import static org.peaceops.engine.lifecycle.TransitionLifecycle.*;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
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
import org.peaceops.engine.escalation.Escalations;
import org.peaceops.engine.shared.InputRejectedException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The drawdown alerts event subprocess of transition-lifecycle.bpmn: a daily check of the drawdown's
 * dates escalates a site past its planned closure and a phase overrunning its end, once each, until
 * someone answers.
 */
@ProcessTest
class DrawdownAlertsProcessTest {

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
    void aSitePastItsPlannedClosureAndAPhaseOverrunningItsEndAreEscalatedOnceUntilAnswered() {
        ProcessInstance lifecycle = transitions.imported(code, LATE_OPERATION);
        assertThat(escalations.openCount(code)).as("the check runs daily").isZero();

        timers.checkDrawdown(code, lifecycle);

        var minembwe = driver.task(code, DrawdownAlert.TASK_RESOLVE_OVERDUE_SITE, DrawdownPhase.SITE_NAME, "Minembwe");
        assertThat(minembwe.getName()).isEqualTo(code + ": Close the site past its planned date: Minembwe");
        assertThat(driver.groupsOf(minembwe)).containsExactlyInAnyOrder("mission-leadership", "mission-support");
        var centre = driver.task(code, DrawdownAlert.TASK_RESOLVE_OVERRUNNING_PHASE);
        assertThat(centre.getName()).isEqualTo(code + ": Revise the end of the overrunning phase 2 (Centre)");
        assertThat(driver.groupsOf(centre))
                .as("mission leadership answers; headquarters endorse after")
                .containsExactly("mission-leadership");
        assertThat(escalations.open(code))
                .extracting(e -> e.kind() + " " + e.subject())
                .containsExactlyInAnyOrder(
                        "SITE_OVERDUE site:" + transitions.siteId(code, "Minembwe"),
                        "SITE_OVERDUE site:" + transitions.siteId(code, "Baraka"),
                        "PHASE_OVERRUN phase:" + transitions.phaseId(code, 2));
        assertThat(escalations.open(code))
                .extracting(e -> e.reason())
                .contains(
                        "Minembwe (phase 1 (South)) is still open 62 days after its planned closure on 2025-12-31",
                        "Drawdown phase 2 (Centre) is ONGOING 47 days after its planned end on 2026-01-15 (margin: 30"
                                + " days)");

        driver.refused(
                code,
                DrawdownAlert.TASK_RESOLVE_OVERRUNNING_PHASE,
                Map.of(DrawdownAlert.REVISED_END, inDays(0)),
                DrawdownAlert.REVISED_END,
                "must be after today");
        assertThatThrownBy(() -> driver.submit(
                        code,
                        minembwe,
                        Map.of(
                                DrawdownAlert.SITE_RESOLUTION,
                                "ALREADY_CLOSED",
                                DrawdownAlert.SITE_CLOSED_ON,
                                inDays(1))))
                .satisfies(e -> assertThat(InputRejectedException.findIn(e).errors())
                        .extracting(error -> error.path())
                        .containsExactly(DrawdownAlert.SITE_CLOSED_ON));
        assertThat(escalations.openCount(code)).as("still open").isEqualTo(3);
        timers.checkDrawdown(code, lifecycle);
        assertThat(escalations.openCount(code)).as("escalated once").isEqualTo(3);
        assertThat(driver.tasks(code, DrawdownAlert.TASK_RESOLVE_OVERDUE_SITE)).hasSize(2);

        String newClosure = inDays(30);
        driver.complete(
                code,
                minembwe,
                Map.of(DrawdownAlert.SITE_RESOLUTION, "RESCHEDULE", DrawdownAlert.REVISED_CLOSURE, newClosure));
        driver.complete(
                code,
                driver.task(code, DrawdownAlert.TASK_RESOLVE_OVERDUE_SITE, DrawdownPhase.SITE_NAME, "Baraka"),
                Map.of(
                        DrawdownAlert.SITE_RESOLUTION, "ALREADY_CLOSED",
                        DrawdownAlert.SITE_OUTCOME, "HANDED_OVER",
                        DrawdownAlert.SITE_CLOSED_ON, "2026-01-20"));
        driver.complete(
                code, DrawdownAlert.TASK_RESOLVE_OVERRUNNING_PHASE, Map.of(DrawdownAlert.REVISED_END, inDays(60)));
        driver.complete(
                code,
                OverrunEndorsements.TASK_ENDORSE_REVISED_END,
                Map.of(OverrunEndorsements.OVERRUN_ENDORSEMENT, "ENDORSE"));

        assertThat(escalations.openCount(code)).isZero();
        assertThat(drawdownReads.phases(code).get(0).sites())
                .extracting(site -> site.name() + " " + site.status() + " " + site.closedOn())
                .containsExactly("Minembwe OPEN null", "Baraka HANDED_OVER 2026-01-20", "Uvira CLOSED null");
        assertThat(jdbc.sql("select planned_closure from site where id = ?")
                        .param(transitions.siteId(code, "Minembwe"))
                        .query(String.class)
                        .single())
                .isEqualTo(newClosure);
        assertThat(drawdownReads.phases(code).get(1).plannedEnd())
                .as("the original plan is kept beside the revised end")
                .hasToString("2026-01-15");
        timers.checkDrawdown(code, lifecycle);
        assertThat(escalations.openCount(code)).as("nothing late any more").isZero();
        assertThat(lifecycle).hasPassed(DrawdownAlert.END_ALERTS_ANSWERED).isWaitingAt(CALL_DRAWDOWN_PHASE);

        ClockUtil.setCurrentTime(
                Date.from(Instant.parse(newClosure + "T12:00:00Z").plus(1, ChronoUnit.DAYS)));
        timers.checkDrawdown(code, lifecycle);
        assertThat(escalations.open(code))
                .as("late again after its new planned closure")
                .extracting(e -> e.subject())
                .containsExactly("site:" + transitions.siteId(code, "Minembwe"));
    }
}
