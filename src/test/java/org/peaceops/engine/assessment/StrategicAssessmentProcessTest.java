package org.peaceops.engine.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.peaceops.engine.Transitions.DRAWDOWN_OPERATION;
import static org.peaceops.engine.assessment.StrategicAssessment.*;
import static org.peaceops.engine.lifecycle.TransitionLifecycle.*;
import static org.peaceops.engine.review.BenchmarkReview.*;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
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
import org.peaceops.engine.registry.TransitionRegistry;
import org.peaceops.engine.review.ReviewRecords;
import org.peaceops.engine.shared.Stage;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * strategic-assessment.bpmn, called by the lifecycle when a transition starts and again when a
 * benchmark review requests a reassessment: terms of reference, the analyses and consultations side
 * by side, the options, and the Executive Office's clearance or return.
 */
@ProcessTest
class StrategicAssessmentProcessTest {

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
    AssessmentRecords assessments;

    @Autowired
    ReviewRecords reviews;

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
    void analysesAndConsultationsRunSideBySideAndAreDueWithin30Days() {
        driver.startLifecycle(code);
        driver.complete(code, TASK_DRAFT_TERMS_OF_REFERENCE);

        var open = engine.getTaskService()
                .createTaskQuery()
                .processInstanceBusinessKey(code)
                .processDefinitionKey(StrategicAssessment.PROCESS_ID)
                .list();
        assertThat(open)
                .extracting(t -> t.getTaskDefinitionKey())
                .containsExactlyInAnyOrder(
                        TASK_CONFLICT_ANALYSIS,
                        TASK_POC_THREAT_ASSESSMENT,
                        TASK_GENDER_ANALYSIS,
                        TASK_HUMAN_RIGHTS_ANALYSIS,
                        TASK_CONSULT_HOST_GOVERNMENT,
                        TASK_CONSULT_RC_UNCT,
                        TASK_CONSULT_CIVIL_SOCIETY,
                        TASK_CONSULT_REGIONAL_ORGANISATIONS);
        Date due = Date.from(Instant.parse("2026-03-02T09:00:00Z").plus(30, ChronoUnit.DAYS));
        assertThat(open).allSatisfy(t -> assertThat(t.getDueDate()).isEqualTo(due));
        assertThat(engine.getTaskService()
                        .createTaskQuery()
                        .processInstanceBusinessKey(code)
                        .taskDefinitionKey(TASK_CONSULT_CIVIL_SOCIETY)
                        .taskCandidateGroup("civil-society-liaison")
                        .count())
                .isOne();
    }

    @Test
    void theAssessmentStoresEveryProductAndConsultationItProduced() {
        driver.startLifecycle(code);
        driver.clearAssessment(code);

        assertThat(assessments.products(code))
                .extracting(AssessmentRecords.AssessmentProduct::kind)
                .containsExactly(
                        "TERMS_OF_REFERENCE",
                        "CONFLICT_ANALYSIS",
                        "POC_THREAT_ASSESSMENT",
                        "GENDER_ANALYSIS",
                        "HUMAN_RIGHTS_ANALYSIS",
                        "OPTIONS_AND_ADVICE",
                        "EOSG_CLEARANCE");
        var civilSociety = driver.submitted(code, "form-consult-civil-society");
        assertThat(assessments.consultations(code))
                .extracting(AssessmentRecords.Consultation::counterpart)
                .containsExactly("HOST_GOVERNMENT", "UN_COUNTRY_TEAM", "CIVIL_SOCIETY", "REGIONAL_ORGANIZATION");
        assertThat(assessments.consultations(code))
                .filteredOn(c -> c.counterpart().equals("CIVIL_SOCIETY"))
                .singleElement()
                .satisfies(c -> {
                    assertThat(c.women()).isEqualTo(civilSociety.get("civilSocietyConsultationWomen"));
                    assertThat(c.youth()).isEqualTo(civilSociety.get("civilSocietyConsultationYouth"));
                    assertThat(c.personsWithDisabilities())
                            .isEqualTo(civilSociety.get("civilSocietyConsultationPersonsWithDisabilities"));
                    assertThat(c.stage()).isEqualTo("ASSESSMENT");
                });
    }

    @Test
    void theExecutiveOfficeReturnsTheOptionsWithReasonsAndTheRevisionLoopsBack() {
        ProcessInstance lifecycle = driver.startLifecycle(code);
        driver.complete(code, TASK_DRAFT_TERMS_OF_REFERENCE);
        driver.completeAnalysesAndConsultations(code);
        driver.complete(code, TASK_DRAFT_OPTIONS);
        driver.complete(
                code,
                TASK_EOSG_CLEARANCE,
                Map.of(EOSG_DECISION, "RETURN", EOSG_COMMENTS, "Say more about the financial cliff"));

        ProcessInstance assessment = BpmnAwareTests.calledProcessInstance(lifecycle);
        assertThat(assessment).isWaitingAt(TASK_DRAFT_OPTIONS);
        assertThat(engine.getRuntimeService().getVariable(assessment.getId(), "eosgReturnReasons"))
                .isEqualTo("Say more about the financial cliff");

        driver.complete(code, TASK_DRAFT_OPTIONS);
        var clearance = driver.task(code, TASK_EOSG_CLEARANCE);
        assertThat(engine.getTaskService().getVariables(clearance.getId(), List.of(EOSG_DECISION, EOSG_COMMENTS)))
                .as("the second clearance starts from an empty form")
                .isEmpty();
        driver.complete(code, TASK_EOSG_CLEARANCE, Map.of(EOSG_DECISION, "CLEAR"));

        assertThat(assessment).isEnded().hasPassed(END_CLEARED);
        assertThat(assessments.products(code))
                .filteredOn(p -> p.kind().equals("EOSG_CLEARANCE"))
                .extracting(AssessmentRecords.AssessmentProduct::rating, AssessmentRecords.AssessmentProduct::summary)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("RETURN", "Say more about the financial cliff"),
                        org.assertj.core.groups.Tuple.tuple("CLEAR", null));
        assertThat(lifecycle).isWaitingAt(TASK_RECORD_COUNCIL_DECISION);
    }

    @Test
    void aRequestedReassessmentRunsANewStrategicAssessmentAlongsideTheDrawdown() {
        ProcessInstance lifecycle = transitions.imported(code, DRAWDOWN_OPERATION);
        ProcessInstance review = timers.review(code, lifecycle);
        // B3.1: first value 10 on 2026-05-01, 70 points to go in 244 days, 9.2 expected after 32: OFF_TRACK
        transitions.measureAll(
                code,
                Map.of(
                        "B1.1", Map.of(MEASURED_NUMBER, 100),
                        "B3.1", Map.of(MEASURED_ON, "2026-05-01", MEASURED_NUMBER, 10)));
        transitions.reviewAll(code, "B1", "B2", "B3");

        driver.complete(
                code,
                driver.task(code, TASK_ASSESS_SLIPPED_CONDITION, BENCHMARK_CODE, "B1"),
                Map.of(SLIP_RECOMMENDATION, "REQUEST_REASSESSMENT"));
        driver.complete(
                code,
                driver.task(code, TASK_DECIDE_ON_SLIPPED_CONDITION, BENCHMARK_CODE, "B1"),
                Map.of(SLIP_DECISION, "REQUEST_REASSESSMENT"));

        assertThat(lifecycle).hasPassed(START_REASSESSMENT_REQUESTED).isWaitingAt(CALL_REASSESSMENT);
        assertThat(driver.task(code, TASK_DRAFT_TERMS_OF_REFERENCE)).isNotNull();
        driver.complete(
                code,
                driver.task(code, TASK_ASSESS_SLIPPED_CONDITION, BENCHMARK_CODE, "B3"),
                Map.of(SLIP_RECOMMENDATION, "REQUEST_REASSESSMENT"));
        driver.complete(
                code,
                driver.task(code, TASK_DECIDE_ON_SLIPPED_CONDITION, BENCHMARK_CODE, "B3"),
                Map.of(SLIP_DECISION, "REQUEST_REASSESSMENT"));

        assertThat(review).isEnded().hasPassed(END_REASSESSMENT_REQUESTED, END_JOINED_REASSESSMENT);
        assertThat(engine.getRuntimeService()
                        .createProcessInstanceQuery()
                        .processDefinitionKey(StrategicAssessment.PROCESS_ID)
                        .processInstanceBusinessKey(code)
                        .count())
                .as("one reassessment, joined by the second request")
                .isOne();
        assertThat(reviews.ratings(transitions.reviewId(review)))
                .extracting(ReviewRecords.Rating::decision)
                .containsExactly("REQUEST_REASSESSMENT", null, "REQUEST_REASSESSMENT");
        assertThat(lifecycle).isWaitingAt(CALL_DRAWDOWN_PHASE, CALL_REASSESSMENT);
        assertThat(registry.find(code).orElseThrow().stage()).isEqualTo(Stage.DRAWDOWN);

        driver.clearAssessment(code);

        assertThat(lifecycle).hasPassed(END_REASSESSMENT_CLEARED).isWaitingAt(CALL_DRAWDOWN_PHASE);
    }
}
