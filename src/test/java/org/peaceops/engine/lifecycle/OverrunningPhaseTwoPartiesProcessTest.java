package org.peaceops.engine.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.peaceops.engine.Timers.inDays;
import static org.peaceops.engine.Transitions.LATE_OPERATION;
import static org.peaceops.engine.drawdown.OverrunEndorsements.*;

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
import org.peaceops.engine.drawdown.DrawdownAlert;
import org.peaceops.engine.drawdown.OverrunAnswers;
import org.peaceops.engine.escalation.Escalations;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A phase overrunning its end is answered by two parties (transition-lifecycle.bpmn,
 * SubProcess_AnswerOverrunningPhase): mission leadership gives the reason and a revised end,
 * headquarters endorse it or return it; each answer is recorded with who and when.
 */
@ProcessTest
class OverrunningPhaseTwoPartiesProcessTest {

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
    OverrunAnswers answers;

    String code;
    ProcessInstance lifecycle;

    @BeforeEach
    void aPhaseOverrunsItsEnd() {
        code = transitions.newOperation();
        lifecycle = transitions.imported(code, LATE_OPERATION);
        timers.checkDrawdown(code, lifecycle);
        for (String site : new String[] {"Minembwe", "Baraka"}) {
            driver.complete(
                    code,
                    driver.task(code, DrawdownAlert.TASK_RESOLVE_OVERDUE_SITE, "siteName", site),
                    Map.of(DrawdownAlert.SITE_RESOLUTION, "RESCHEDULE"));
        }
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void missionLeadershipAnswersHeadquartersReturnItThenEndorseTheNewAnswerAndEachIsRecorded() {
        var answer = driver.task(code, DrawdownAlert.TASK_RESOLVE_OVERRUNNING_PHASE);
        engine.getTaskService().setAssignee(answer.getId(), "trainex-leadership");
        var first = driver.complete(code, answer, Map.of(DrawdownAlert.REVISED_END, inDays(60)));

        assertThat(escalations.openCount(code)).as("the alert is answered").isZero();
        var endorsement = driver.task(code, TASK_ENDORSE_REVISED_END);
        assertThat(endorsement.getName())
                .isEqualTo(code + ": Endorse the revised end of the overrunning phase 2 (Centre)");
        assertThat(driver.groupsOf(endorsement)).containsExactly("hq-task-force");
        assertThat(engine.getTaskService().getVariables(endorsement.getId()))
                .containsEntry("phaseName", "phase 2 (Centre)")
                .containsEntry(DrawdownAlert.PLANNED_END, "2026-01-15")
                .containsEntry(DrawdownAlert.REVISED_END, inDays(60))
                .containsEntry(OVERRUN_ANSWERED_BY, "trainex-leadership");
        engine.getTaskService().setAssignee(endorsement.getId(), "hq-planner");
        var returned = driver.complete(code, endorsement, Map.of(OVERRUN_ENDORSEMENT, RETURN));

        var again = driver.task(code, DrawdownAlert.TASK_RESOLVE_OVERRUNNING_PHASE);
        assertThat(engine.getTaskService().getVariable(again.getId(), ENDORSEMENT_NOTE))
                .as("mission leadership see why it came back")
                .isEqualTo(returned.get(ENDORSEMENT_NOTE));
        engine.getTaskService().setAssignee(again.getId(), "trainex-leadership");
        driver.complete(code, again, Map.of(DrawdownAlert.REVISED_END, inDays(90)));
        var second = driver.task(code, TASK_ENDORSE_REVISED_END);
        engine.getTaskService().setAssignee(second.getId(), "hq-planner");
        driver.complete(code, second, Map.of(OVERRUN_ENDORSEMENT, ENDORSE));

        assertThat(lifecycle)
                .hasPassed(TASK_ENDORSE_REVISED_END, GATEWAY_REVISED_END_ENDORSED, END_REVISED_END_ENDORSED)
                .hasPassed(DrawdownAlert.END_ALERTS_ANSWERED);
        assertThat(answers.ofOperation(code))
                .extracting(
                        a -> a.revisedEnd().toString(),
                        OverrunAnswers.Answer::explanation,
                        OverrunAnswers.Answer::answeredBy,
                        OverrunAnswers.Answer::endorsement,
                        OverrunAnswers.Answer::endorsedBy)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                inDays(60),
                                first.get(DrawdownAlert.OVERRUN_EXPLANATION),
                                "trainex-leadership",
                                "RETURN",
                                "hq-planner"),
                        org.assertj.core.groups.Tuple.tuple(
                                inDays(90),
                                driver.submitted(code, "form-resolve-overrunning-phase")
                                        .get(DrawdownAlert.OVERRUN_EXPLANATION),
                                "trainex-leadership",
                                "ENDORSE",
                                "hq-planner"));
        assertThat(answers.ofOperation(code))
                .allSatisfy(a -> assertThat(a.answeredAt()).isNotNull())
                .allSatisfy(a -> assertThat(a.endorsedAt()).isNotNull())
                .extracting(OverrunAnswers.Answer::endorsementNote)
                .first()
                .isEqualTo(returned.get(ENDORSEMENT_NOTE));
    }

    @Test
    void returningTheRevisedEndWithoutSayingWhatToReconsiderIsRefusedOnItsFieldAndNothingIsRecorded() {
        driver.complete(
                code, DrawdownAlert.TASK_RESOLVE_OVERRUNNING_PHASE, Map.of(DrawdownAlert.REVISED_END, inDays(60)));

        driver.refused(
                code,
                TASK_ENDORSE_REVISED_END,
                Map.of(OVERRUN_ENDORSEMENT, RETURN, ENDORSEMENT_NOTE, ""),
                ENDORSEMENT_NOTE,
                "required");

        assertThat(answers.ofOperation(code)).singleElement().satisfies(a -> {
            assertThat(a.endorsement()).isNull();
            assertThat(a.endorsedBy()).isNull();
        });
        assertThat(driver.task(code, DrawdownAlert.TASK_RESOLVE_OVERRUNNING_PHASE))
                .as("nothing went back")
                .isNull();
    }
}
