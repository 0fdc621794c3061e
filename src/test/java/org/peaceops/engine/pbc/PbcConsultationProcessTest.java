package org.peaceops.engine.pbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.Instant;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peaceops.engine.ProcessDriver;
import org.peaceops.engine.ProcessTest;
import org.peaceops.engine.Transitions;
import org.peaceops.engine.assessment.AssessmentRecords;
import org.peaceops.engine.escalation.Escalations;
import org.peaceops.engine.planning.JointTransitionPlanning;
import org.peaceops.engine.shared.InputRejectedException;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * pbc-consultation.bpmn, called by joint planning before the plan is signed: PBSO's request and
 * meeting, the Commission's advice by task or by message, and late advice chased. (A chase completed
 * before the advice arrives is worked in FormValuesProcessTest.)
 */
@ProcessTest
class PbcConsultationProcessTest {

    @Autowired
    ProcessEngine engine;

    @Autowired
    ProcessDriver driver;

    @Autowired
    Transitions transitions;

    @Autowired
    AssessmentRecords assessments;

    @Autowired
    Escalations escalations;

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
    void thePlanGoesToItsSignatoriesOnlyOnceThePbcAdviceIsOnRecord() {
        transitions.planDrafted(code);
        driver.completePlanInputs(code, Map.of());

        var prepare = driver.task(code, PbcConsultation.TASK_PREPARE_REQUEST);
        assertThat(prepare.getName())
                .isEqualTo(code + ": Prepare the request for the Peacebuilding Commission’s advice");
        assertThat(driver.groupsOf(prepare)).containsExactly("pbso");
        assertThat(engine.getTaskService().getVariable(prepare.getId(), PbcConsultation.ADVICE_NEEDED_ON))
                .as("45 days to get the advice on the plan")
                .isEqualTo("2026-04-16");
        var request = driver.complete(code, PbcConsultation.TASK_PREPARE_REQUEST);
        var meeting = driver.complete(code, PbcConsultation.TASK_SCHEDULE_MEETING);
        assertThat(driver.task(code, JointTransitionPlanning.TASK_HOST_SIGNATURE))
                .isNull();
        var record = driver.task(code, PbcConsultation.TASK_RECORD_ADVICE);
        assertThat(record.getDueDate()).isEqualTo(Date.from(Instant.parse("2026-04-16T09:00:00Z")));
        var advice = driver.complete(code, PbcConsultation.TASK_RECORD_ADVICE);

        assertThat(pbcAdvice.advice(code)).singleElement().satisfies(a -> {
            assertThat(a.informs()).isEqualTo("PLAN");
            assertThat(a.informsRef()).isEqualTo("plan version 1");
            assertThat(a.countryConfiguration()).isEqualTo(request.get(PbcConsultation.COUNTRY_CONFIGURATION));
            assertThat(a.meetingOn()).hasToString((String) meeting.get(PbcConsultation.MEETING_DATE));
            assertThat(a.receivedOn()).hasToString((String) advice.get(PbcConsultation.ADVICE_RECEIVED_ON));
            assertThat(a.summary()).isEqualTo(advice.get(PbcConsultation.ADVICE_SUMMARY));
            assertThat(a.channel()).isEqualTo("TASK");
        });
        assertThat(assessments.consultations(code))
                .filteredOn(c -> "PEACEBUILDING_COMMISSION".equals(c.counterpart()))
                .singleElement()
                .satisfies(c -> assertThat(c.stage()).isEqualTo("PLANNING"));
        assertThat(driver.task(code, JointTransitionPlanning.TASK_HOST_SIGNATURE))
                .isNotNull();
    }

    @Test
    void thePbcAdviceMayArriveByMessageHeldToTheFormsRules() {
        transitions.planDrafted(code);
        driver.completePlanInputs(code, Map.of());
        driver.complete(code, PbcConsultation.TASK_PREPARE_REQUEST);
        driver.complete(code, PbcConsultation.TASK_SCHEDULE_MEETING);

        assertThatThrownBy(() -> adviceMessage(Map.of(
                        PbcConsultation.ADVICE_RECEIVED_ON, "2026-03-01",
                        PbcConsultation.ADVICE_SUMMARY, "Keep the Kasai exit on schedule")))
                .satisfies(e -> assertThat(InputRejectedException.findIn(e).errors())
                        .extracting(error -> error.path())
                        .containsExactly(PbcConsultation.ADVICE_LINK));
        assertThat(driver.task(code, PbcConsultation.TASK_RECORD_ADVICE))
                .as("the refused message changed nothing")
                .isNotNull();

        adviceMessage(Map.of(
                PbcConsultation.ADVICE_RECEIVED_ON, "2026-03-01",
                PbcConsultation.ADVICE_SUMMARY, "Keep the Kasai exit on schedule",
                PbcConsultation.ADVICE_LINK, "https://docs.test/pbc/letter"));
        driver.runJobs(code);

        assertThat(pbcAdvice.advice(code)).singleElement().satisfies(a -> {
            assertThat(a.channel()).isEqualTo("MESSAGE");
            assertThat(a.adviceLink()).isEqualTo("https://docs.test/pbc/letter");
        });
        assertThat(driver.task(code, PbcConsultation.TASK_RECORD_ADVICE)).isNull();
        assertThat(driver.task(code, JointTransitionPlanning.TASK_HOST_SIGNATURE))
                .isNotNull();
    }

    @Test
    void lateAdviceGoesToPbsoAndHqToChaseAndTheEscalationClosesWhenTheAdviceIsIn() {
        transitions.planDrafted(code);
        driver.completePlanInputs(code, Map.of());
        driver.complete(code, PbcConsultation.TASK_PREPARE_REQUEST);
        driver.complete(code, PbcConsultation.TASK_SCHEDULE_MEETING);

        // needed by 2026-04-16: late from 14 days before
        ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-04-01T09:00:00Z")));
        driver.runJobs(code);
        assertThat(driver.task(code, PbcConsultation.TASK_CHASE_LATE_ADVICE)).isNull();
        ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-04-02T09:01:00Z")));
        driver.runJobs(code);

        var chase = driver.task(code, PbcConsultation.TASK_CHASE_LATE_ADVICE);
        assertThat(driver.groupsOf(chase))
                .as("chasing is the PBSO's errand; headquarters are told by the escalation")
                .containsExactly("pbso");
        assertThat(escalations.open(code)).singleElement().satisfies(e -> assertThat(e.kind())
                .isEqualTo(PbcConsultation.LATE_ESCALATION));

        driver.complete(code, PbcConsultation.TASK_RECORD_ADVICE);

        assertThat(driver.task(code, PbcConsultation.TASK_CHASE_LATE_ADVICE))
                .as("the advice is in: nothing left to chase")
                .isNull();
        assertThat(escalations.openCount(code)).isZero();
        assertThat(driver.task(code, JointTransitionPlanning.TASK_HOST_SIGNATURE))
                .isNotNull();
    }

    private void adviceMessage(Map<String, Object> variables) {
        engine.getRuntimeService()
                .createMessageCorrelation(PbcConsultation.MESSAGE_ADVICE_RECEIVED)
                .processInstanceBusinessKey(code)
                .setVariables(variables)
                .correlate();
    }
}
