package org.peaceops.engine.drawdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.peaceops.engine.Transitions.DRAWDOWN_OPERATION;
import static org.peaceops.engine.Transitions.PHASED_OPERATION;
import static org.peaceops.engine.lifecycle.TransitionLifecycle.*;
import static org.peaceops.engine.review.BenchmarkReview.*;

import java.time.Instant;
import java.util.Date;
import java.util.List;
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
import org.peaceops.engine.lesson.Lessons;
import org.peaceops.engine.planning.PlanningRecords;
import org.peaceops.engine.registry.TransitionRegistry;
import org.peaceops.engine.shared.Stage;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * drawdown-phase.bpmn, phase by phase: the phase under way resumed on import, a ready phase let
 * through its readiness gate, each open site handed over after its checks, a phase without sites,
 * lessons learned, and the last phase ending the drawdown. Phases that are not simply ready are in
 * DrawdownPhaseGatesProcessTest, the accelerated withdrawal in AcceleratedWithdrawalProcessTest.
 */
@ProcessTest
class DrawdownPhaseProcessTest {

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
    Escalations escalations;

    @Autowired
    DrawdownReads drawdownReads;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Lessons lessons;

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
    void anImportedTransitionInDrawdownResumesAtItsFirstOpenPhaseWithItsReviewsScheduled() {
        ProcessInstance lifecycle = transitions.imported(code, DRAWDOWN_OPERATION);

        assertThat(lifecycle).isWaitingAt(CALL_DRAWDOWN_PHASE);
        assertThat(lifecycle.getTenantId()).isEqualTo(code);
        assertThat(calledPhase())
                .as("phase 2 was under way: its readiness is not decided again")
                .hasPassed(DrawdownPhase.GATEWAY_PHASE_UNDERWAY, DrawdownPhase.TASK_BEGIN_PHASE)
                .hasNotPassed(DrawdownPhase.TASK_DECIDE_READINESS);
        var checks = driver.tasks(code, DrawdownPhase.TASK_CHECK_POC_THREATS);
        assertThat(checks)
                .as("one per open site")
                .extracting(t -> t.getName())
                .containsExactlyInAnyOrder(
                        code + ": Check the threats to civilians at site Camp Alpha",
                        code + ": Check the threats to civilians at site Beta");
        assertThat(checks.get(0).getDueDate()).isEqualTo(Date.from(Instant.parse("2026-09-30T00:00:00Z")));
        assertThat(driver.groupsOf(checks.get(0))).containsExactly("poc-unit");
        assertThat(timers.reviewTimer(lifecycle).getDuedate())
                .as("quarterly from the start of the lifecycle")
                .isEqualTo(Date.from(Instant.parse("2026-06-02T09:00:00Z")));
        assertThat(registry.find(code).orElseThrow().stage()).isEqualTo(Stage.DRAWDOWN);
    }

    @Test
    void phasesEndOneByOneAndTheLastEndsTheDrawdownAtTheClosureStageCancellingWhatRanAlongside() {
        ProcessInstance lifecycle = transitions.imported(code, DRAWDOWN_OPERATION);
        // a review under way, its measurements overdue and escalated
        ProcessInstance review = timers.review(code, lifecycle);
        ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-06-24T09:00:00Z")));
        driver.runJobs(code);
        assertThat(escalations.open(code)).extracting(e -> e.kind()).contains(OVERDUE_ESCALATION);

        driver.endPhase(code);
        assertThat(driver.task(code, DrawdownPhase.TASK_ASSESS_SECURITY).getName())
                .isEqualTo(code + ": Assess the security risk of phase 3 (North)");
        driver.giveReadinessInputs(code, Map.of());
        // B1, a minimum condition, has no recent value: the phase proceeds with mitigation
        driver.complete(code, DrawdownPhase.TASK_RECORD_MITIGATION);
        driver.complete(
                code, DrawdownPhase.TASK_ACCEPT_MITIGATION, Map.of(DrawdownPhase.MITIGATION_DECISION, "ACCEPT"));
        driver.endPhase(code);

        assertThat(lifecycle)
                .hasPassed(GATEWAY_DRAWDOWN_ENDED, END_LAST_PHASE_ENDED, TASK_ENTER_CLOSURE_STAGE)
                .isWaitingAt(CALL_CLOSURE);
        assertThat(registry.find(code).orElseThrow().stage()).isEqualTo(Stage.CLOSURE);
        assertThat(drawdownReads.phases(code)).extracting(p -> p.status()).containsOnly("COMPLETED");
        assertThat(engine.getManagementService()
                        .createJobQuery()
                        .processInstanceId(lifecycle.getId())
                        .count())
                .as("no more reviews")
                .isZero();
        assertThat(review).as("the review under way ends with the drawdown").isEnded();
        assertThat(escalations.open(code))
                .as("its escalation closed with its task")
                .isEmpty();
        assertThat(jdbc.sql("select channel from escalation where operation_code = ? and kind = ?")
                        .params(code, OVERDUE_ESCALATION)
                        .query(String.class)
                        .list())
                .containsOnly("CANCELLED");
    }

    @Test
    void aPhaseIsGatedByUndssTheGenderAdviserAndTheTransitionCellAndAReadyOneProceeds() {
        transitions.imported(code, PHASED_OPERATION);

        assertThat(calledPhase())
                .isWaitingAt(
                        DrawdownPhase.TASK_ASSESS_SECURITY,
                        DrawdownPhase.TASK_ANALYSE_GENDER,
                        DrawdownPhase.TASK_CONFIRM_CONDITIONS);
        assertThat(driver.groupsOf(driver.task(code, DrawdownPhase.TASK_ASSESS_SECURITY)))
                .containsExactly("undss");
        assertThat(driver.groupsOf(driver.task(code, DrawdownPhase.TASK_ANALYSE_GENDER)))
                .containsExactly("gender-adviser");
        var conditions = driver.task(code, DrawdownPhase.TASK_CONFIRM_CONDITIONS);
        assertThat(driver.groupsOf(conditions)).containsExactly("transition-cell");
        assertThat(conditions.getName()).isEqualTo(code + ": Confirm the conditions of phase 1 (North)");
        assertThat(conditions.getDueDate())
                .as("by the phase's planned start")
                .isEqualTo(Date.from(Instant.parse("2026-04-01T00:00:00Z")));
        assertThat(drawdownReads.readiness(transitions.phaseId(code, 1))).isEmpty();

        driver.giveReadinessInputs(code, Map.of());

        assertThat(drawdownReads.readiness(transitions.phaseId(code, 1)))
                .singleElement()
                .satisfies(readiness -> {
                    assertThat(readiness.outcome()).isEqualTo("PROCEED");
                    assertThat(readiness.reasons()).isEqualTo("all readiness conditions are met");
                });
        assertThat(calledPhase())
                .hasPassed(DrawdownPhase.TASK_DECIDE_READINESS, DrawdownPhase.TASK_BEGIN_PHASE)
                .isWaitingAt(
                        DrawdownPhase.TASK_CHECK_POC_THREATS,
                        DrawdownPhase.TASK_CLEAR_ENVIRONMENT,
                        DrawdownPhase.TASK_PLAN_ASSET_DISPOSAL);
        assertThat(drawdownReads.phases(code).get(0)).satisfies(phase -> {
            assertThat(phase.status()).isEqualTo("ONGOING");
            assertThat(phase.startedOn()).hasToString("2026-03-02");
            assertThat(phase.readiness()).extracting(r -> r.outcome()).containsExactly("PROCEED");
        });
        assertThat(planning.nationalPocPlan(code).orElseThrow().status())
                .as("the transition cell's answer is the operation's record")
                .isEqualTo("ADOPTED");
        assertThat(driver.task(code, DrawdownPhase.TASK_CHECK_POC_THREATS).getName())
                .isEqualTo(code + ": Check the threats to civilians at site Kidal");
        driver.complete(code, DrawdownPhase.TASK_CHECK_POC_THREATS);
        driver.complete(code, DrawdownPhase.TASK_CLEAR_ENVIRONMENT);
        driver.complete(code, DrawdownPhase.TASK_PLAN_ASSET_DISPOSAL);
        driver.complete(code, DrawdownPhase.TASK_SCREEN_SITE_RECEIVING_UNIT);
        assertThat(driver.task(code, DrawdownPhase.TASK_CERTIFY_HANDOVER).getName())
                .as("named after the site, as the site's tasks are")
                .isEqualTo(code + ": Certify the handover of site Kidal");
    }

    @Test
    void eachOpenSiteIsHandedOverAfterItsChecksAndClosesOnTheCertificatesDate() {
        transitions.imported(code, DRAWDOWN_OPERATION);
        for (String activity : List.of(
                DrawdownPhase.TASK_CHECK_POC_THREATS,
                DrawdownPhase.TASK_CLEAR_ENVIRONMENT,
                DrawdownPhase.TASK_PLAN_ASSET_DISPOSAL)) {
            assertThat(driver.tasks(code, activity)).as(activity).hasSize(2);
        }
        assertThat(driver.tasks(code, DrawdownPhase.TASK_CERTIFY_HANDOVER))
                .as("no certificate before the checks")
                .isEmpty();
        for (String site : List.of("Camp Alpha", "Beta")) {
            driver.complete(
                    code,
                    driver.task(code, DrawdownPhase.TASK_CHECK_POC_THREATS, DrawdownPhase.SITE_NAME, site),
                    Map.of(DrawdownPhase.POC_THREAT_LEVEL, "HIGH"));
            driver.complete(
                    code,
                    driver.task(code, DrawdownPhase.TASK_CLEAR_ENVIRONMENT, DrawdownPhase.SITE_NAME, site),
                    Map.of());
            driver.complete(
                    code,
                    driver.task(code, DrawdownPhase.TASK_PLAN_ASSET_DISPOSAL, DrawdownPhase.SITE_NAME, site),
                    Map.of());
        }
        assertThat(driver.tasks(code, DrawdownPhase.TASK_CERTIFY_HANDOVER))
                .as("no certificate before the human rights screening of the receiving unit")
                .isEmpty();
        var screening =
                driver.task(code, DrawdownPhase.TASK_SCREEN_SITE_RECEIVING_UNIT, DrawdownPhase.SITE_NAME, "Camp Alpha");
        assertThat(screening.getName()).isEqualTo(code + ": Screen the unit that receives site Camp Alpha");
        assertThat(driver.groupsOf(screening)).containsExactly("human-rights");
        for (String site : List.of("Camp Alpha", "Beta")) {
            driver.complete(
                    code,
                    driver.task(code, DrawdownPhase.TASK_SCREEN_SITE_RECEIVING_UNIT, DrawdownPhase.SITE_NAME, site),
                    Map.of(DrawdownPhase.HRDDP_DECISION, "SUPPORT"));
        }
        var certificate = driver.task(code, DrawdownPhase.TASK_CERTIFY_HANDOVER, DrawdownPhase.SITE_NAME, "Camp Alpha");
        assertThat(certificate.getName()).isEqualTo(code + ": Certify the handover of site Camp Alpha");
        assertThat(driver.groupsOf(certificate)).containsExactly("mission-leadership");

        driver.complete(
                code,
                certificate,
                Map.of(
                        DrawdownPhase.SITE_OUTCOME, "CLOSED",
                        DrawdownPhase.SITE_CLOSED_ON, "2026-02-20",
                        DrawdownPhase.RECEIVING_AUTHORITY, "Governor of the East"));
        driver.complete(
                code,
                driver.task(code, DrawdownPhase.TASK_CERTIFY_HANDOVER, DrawdownPhase.SITE_NAME, "Beta"),
                Map.of());

        assertThat(drawdownReads.phases(code).get(1).sites())
                .extracting(site -> site.name() + " " + site.status())
                .containsExactly("Camp Alpha CLOSED", "Beta HANDED_OVER", "Gamma office HANDED_OVER");
        assertThat(drawdownReads.phases(code).get(1).sites().get(0)).satisfies(site -> {
            assertThat(site.closedOn()).hasToString("2026-02-20");
            assertThat(site.handoverTo()).isEqualTo("Governor of the East");
        });
        assertThat(jdbc.sql(
                                """
                        select h.poc_threat_level, h.environmental_link is not null, h.asset_disposal_method,
                               h.certificate_signed_on is not null
                        from site_handover h join site s on s.id = h.site_id where s.name = ? and h.site_id in
                          (select id from site where phase_id in (select id from phase where operation_code = ?))""")
                        .params("Camp Alpha", code)
                        .query((rs, n) -> rs.getString(1) + " " + rs.getBoolean(2) + " " + rs.getString(3) + " "
                                + rs.getBoolean(4))
                        .single())
                .isEqualTo("HIGH true TRANSFER_TO_MISSION true");
        assertThat(calledPhase()).hasPassed(DrawdownPhase.END_SITE_CLOSED).isWaitingAt(DrawdownPhase.TASK_REPATRIATE);
        assertThat(driver.task(code, DrawdownPhase.TASK_REPATRIATE).getName())
                .isEqualTo(code + ": Repatriate the uniformed personnel of phase 2 (East)");
    }

    @Test
    void aPhaseWithoutSitesGoesFromItsGateToRepatriationAndItsLessonsAreSearchable() {
        transitions.imported(code, PHASED_OPERATION);
        driver.giveReadinessInputs(code, Map.of());
        driver.endPhase(code);
        var conditions = driver.task(code, DrawdownPhase.TASK_CONFIRM_CONDITIONS);
        assertThat(engine.getTaskService().getVariable(conditions.getId(), DrawdownPhase.UNCT_FUNDING_PERCENT))
                .as("prefilled with what the transition cell confirmed for the phase before")
                .isEqualTo(80L);
        // the national POC plan is adopted after the phase opened: taking the task shows it as it stands
        planning.recordNationalPocPlan(
                code,
                new org.peaceops.engine.planning.PlanningRecords.NationalPocPlan(
                        "ADOPTED", java.time.LocalDate.parse("2026-03-01"), "https://docs.test/poc", "hq-planner"));
        engine.getTaskService().claim(conditions.getId(), "transition-officer");
        assertThat(engine.getTaskService().getVariable(conditions.getId(), DrawdownPhase.NATIONAL_POC_PLAN_STATUS))
                .isEqualTo("ADOPTED");
        assertThat(engine.getTaskService().getVariable(conditions.getId(), "pocPlanOnRecord"))
                .isEqualTo(true);
        engine.getTaskService().setAssignee(conditions.getId(), null);
        driver.giveReadinessInputs(code, Map.of());

        assertThat(calledPhase())
                .hasPassed(DrawdownPhase.TASK_BEGIN_PHASE)
                .hasNotPassed(DrawdownPhase.END_SITE_CLOSED)
                .isWaitingAt(DrawdownPhase.TASK_REPATRIATE);
        driver.complete(code, DrawdownPhase.TASK_REPATRIATE);
        driver.complete(
                code,
                DrawdownPhase.TASK_RECORD_LESSON,
                Map.of(
                        DrawdownPhase.LESSON_TITLE, "Convoys need a second route",
                        DrawdownPhase.LESSON_CATEGORY, "LOGISTICS",
                        DrawdownPhase.ANOTHER_LESSON, true));
        assertThat(driver.task(code, DrawdownPhase.TASK_RECORD_LESSON).getName())
                .isEqualTo(code + ": Record a lesson learned from phase 2 (South)");
        driver.complete(
                code,
                DrawdownPhase.TASK_RECORD_LESSON,
                Map.of(
                        DrawdownPhase.LESSON_TITLE,
                        "Women's groups kept in the loop",
                        DrawdownPhase.ANOTHER_LESSON,
                        false));
        driver.complete(code, DrawdownPhase.TASK_RECORD_PHASE_ENDED);

        assertThat(lessons.search(List.of(code), "CONVOYS route"))
                .singleElement()
                .satisfies(lesson -> {
                    assertThat(lesson.phase()).isEqualTo("phase 2 (South)");
                    assertThat(lesson.category()).isEqualTo("LOGISTICS");
                });
        assertThat(lessons.search(List.of(code), "")).hasSize(3);
        assertThat(lessons.search(List.of(code), "100%_")).isEmpty();
        assertThat(registry.find(code).orElseThrow().stage()).isEqualTo(Stage.CLOSURE);
    }

    /** The drawdown-phase instance now running for the test operation. */
    private ProcessInstance calledPhase() {
        return driver.called(DrawdownPhase.PROCESS_ID, code);
    }
}
