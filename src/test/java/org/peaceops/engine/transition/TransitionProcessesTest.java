package org.peaceops.engine.transition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.peaceops.engine.assessment.StrategicAssessment.*;
import static org.peaceops.engine.lifecycle.TransitionLifecycle.*;
import static org.peaceops.engine.review.BenchmarkReview.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peaceops.engine.FormFiller;
import org.peaceops.engine.ProcessDriver;
import org.peaceops.engine.ProcessTest;
import org.peaceops.engine.assessment.AssessmentRecords;
import org.peaceops.engine.assessment.StrategicAssessment;
import org.peaceops.engine.benchmark.BenchmarkRecords;
import org.peaceops.engine.closure.Closure;
import org.peaceops.engine.drawdown.DrawdownAlert;
import org.peaceops.engine.drawdown.DrawdownPhase;
import org.peaceops.engine.escalation.Escalations;
import org.peaceops.engine.monitoring.PostTransition;
import org.peaceops.engine.pbc.PbcAdviceRecords;
import org.peaceops.engine.pbc.PbcConsultation;
import org.peaceops.engine.planning.JointTransitionPlanning;
import org.peaceops.engine.planning.PlanningRecords;
import org.peaceops.engine.registry.ResolutionRecord;
import org.peaceops.engine.registry.TransitionRecord;
import org.peaceops.engine.registry.TransitionRegistry;
import org.peaceops.engine.reporting.CouncilReportRecords;
import org.peaceops.engine.reporting.CouncilReporting;
import org.peaceops.engine.review.BenchmarkReview;
import org.peaceops.engine.review.ReviewRecords;
import org.peaceops.engine.review.ReviewSchedule;
import org.peaceops.engine.shared.InputRejectedException;
import org.peaceops.engine.shared.Stage;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every path of transition-lifecycle.bpmn and strategic-assessment.bpmn, worked through the forms,
 * with every flow node and sequence flow covered (asserted by process-test-coverage).
 */
@ProcessTest
class TransitionProcessesTest {

    @Autowired
    ProcessEngine engine;

    @Autowired
    ProcessDriver driver;

    @Autowired
    TransitionRegistry registry;

    @Autowired
    AssessmentRecords assessments;

    @Autowired
    PlanningRecords planning;

    @Autowired
    Escalations escalations;

    @Autowired
    org.peaceops.engine.drawdown.DrawdownReads drawdownReads;

    @Autowired
    org.peaceops.engine.risk.RiskRegister riskRegister;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ReviewRecords reviews;

    @Autowired
    PbcAdviceRecords pbcAdvice;

    @Autowired
    CouncilReportRecords councilReports;

    @Autowired
    ReviewSchedule schedule;

    @Autowired
    BenchmarkRecords benchmarks;

    @Autowired
    org.peaceops.engine.lesson.Lessons lessons;

    @Autowired
    org.peaceops.engine.portfolio.PortfolioImport portfolioImport;

    @Autowired
    com.fasterxml.jackson.databind.ObjectMapper json;

    /** Form fields that steer the process rather than record a decision: read by a gateway, not stored. */
    private static final Set<String> STEERING = Set.of(
            JointTransitionPlanning.MORE_RISKS,
            NEW_MEASUREMENT,
            DrawdownPhase.ANOTHER_LESSON,
            Closure.RESIDUAL_TASK_LISTING);

    String code;

    @BeforeEach
    void newOperation() {
        BpmnAwareTests.init(engine);
        ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-03-02T09:00:00Z")));
        code = "T" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
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
    void analysesAndConsultationsRunSideBySideAndAreDueWithin30Days() {
        driver.startLifecycle(code);
        driver.complete(code, TASK_DRAFT_TERMS_OF_REFERENCE);

        var open = engine.getTaskService()
                .createTaskQuery()
                .processInstanceBusinessKey(code)
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
        assertThat(engine.getTaskService().getVariable(clearance.getId(), EOSG_COMMENTS))
                .as("the second clearance starts from an empty form")
                .isNull();
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
    void everyValueEnteredInAnyFormIsKeptInTheProjectsTables() throws Exception {
        // one operation the Council terminates, after a returned assessment ...
        String terminated = code;
        driver.startLifecycle(terminated);
        driver.complete(terminated, TASK_DRAFT_TERMS_OF_REFERENCE);
        driver.completeAnalysesAndConsultations(terminated);
        driver.complete(terminated, TASK_DRAFT_OPTIONS);
        driver.complete(terminated, TASK_EOSG_CLEARANCE, Map.of(EOSG_DECISION, "RETURN"));
        driver.complete(terminated, TASK_DRAFT_OPTIONS);
        driver.complete(terminated, TASK_EOSG_CLEARANCE, Map.of(EOSG_DECISION, "CLEAR"));
        driver.complete(terminated, TASK_RECORD_COUNCIL_DECISION, Map.of(COUNCIL_OUTCOME, "TERMINATE"));
        // ... and one that plans through a financial cliff, an adopted POC plan and a refused signature
        String planned = code + "-P";
        driver.startLifecycle(planned);
        driver.clearAssessment(planned);
        driver.complete(planned, TASK_RECORD_COUNCIL_DECISION, Map.of(COUNCIL_OUTCOME, "PROCEED"));
        driver.complete(planned, JointTransitionPlanning.TASK_DRAFT_TRANSITION_PLAN);
        driver.complete(
                planned, JointTransitionPlanning.TASK_IDENTIFY_RISKS, Map.of(JointTransitionPlanning.MORE_RISKS, true));
        driver.complete(planned, JointTransitionPlanning.TASK_IDENTIFY_RISKS);
        driver.complete(planned, JointTransitionPlanning.TASK_CONSULT_COMMUNITIES);
        driver.complete(planned, JointTransitionPlanning.TASK_MAP_UNCT_CAPACITY);
        driver.complete(
                planned,
                JointTransitionPlanning.TASK_DRAFT_FINANCING_STRATEGY,
                Map.of(
                        JointTransitionPlanning.UNCT_FUNDING_USD,
                        1_000,
                        JointTransitionPlanning.MISSION_PROGRAMME_BUDGET_USD,
                        90_000));
        driver.complete(planned, JointTransitionPlanning.TASK_ESCALATE_FINANCIAL_CLIFF);
        driver.complete(
                planned,
                JointTransitionPlanning.TASK_RECORD_NATIONAL_POC_PLAN,
                Map.of(JointTransitionPlanning.NATIONAL_POC_PLAN_STATUS, "ADOPTED"));
        driver.complete(planned, JointTransitionPlanning.TASK_GENDER_REVIEW);
        driver.complete(planned, PbcConsultation.TASK_PREPARE_REQUEST);
        driver.complete(planned, PbcConsultation.TASK_SCHEDULE_MEETING);
        ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-04-03T09:01:00Z")));
        driver.runJobs(planned);
        driver.complete(planned, PbcConsultation.TASK_CHASE_LATE_ADVICE);
        driver.complete(planned, PbcConsultation.TASK_RECORD_ADVICE);
        driver.complete(
                planned,
                JointTransitionPlanning.TASK_HOST_SIGNATURE,
                Map.of(JointTransitionPlanning.SIGNATURE_DECISION, "REFUSE"));
        driver.complete(planned, JointTransitionPlanning.TASK_MISSION_SIGNATURE);

        // ... and one in drawdown, reviewed twice: values and gaps, an overdue follow-up, an accepted risk, a
        // reassessment, then its phases ended
        String reviewed = code + "-R";
        code = reviewed;
        ProcessInstance lifecycle = imported(DRAWDOWN_OPERATION);
        review(lifecycle);
        measure("B2.1", Map.of(MEASURED_TRUE, "true"));
        measure("B3.1", Map.of(MEASURED_NUMBER, 10, MEASURED_ON, "2026-05-01"));
        measure("B3.2", Map.of(NEW_MEASUREMENT, "NONE"));
        ClockUtil.setCurrentTime(Date.from(engine.getManagementService()
                .createJobQuery()
                .activityId(EVENT_MEASUREMENTS_OVERDUE)
                .tenantIdIn(reviewed)
                .list()
                .get(0)
                .getDuedate()
                .toInstant()
                .plusSeconds(60)));
        driver.runJobs(reviewed);
        driver.complete(reviewed, TASK_FOLLOW_UP_OVERDUE);
        measure("B1.1", Map.of(MEASURED_NUMBER, 100));
        reviewAll("B1", "B2", "B3");
        driver.complete(
                reviewed,
                driver.task(reviewed, TASK_DECIDE_ON_SLIPPED_CONDITION, BENCHMARK_CODE, "B1"),
                Map.of(SLIP_DECISION, "ACCEPT_RISK", RISK_IMPACT, "MEDIUM"));
        driver.complete(
                reviewed,
                driver.task(reviewed, TASK_DECIDE_ON_SLIPPED_CONDITION, BENCHMARK_CODE, "B3"),
                Map.of(SLIP_DECISION, "REQUEST_REASSESSMENT"));
        review(lifecycle);
        measureAll(Map.of("B3.2", Map.of(MEASURED_DATE, "2026-08-30")));
        // its phase under way hands its two sites over and records two lessons; the next one is paused and
        // put to the Council, then proceeds with a mitigation HQ returns once
        driver.handOverSites(reviewed);
        driver.complete(reviewed, DrawdownPhase.TASK_REPATRIATE);
        driver.complete(reviewed, DrawdownPhase.TASK_RECORD_LESSON, Map.of(DrawdownPhase.ANOTHER_LESSON, true));
        driver.complete(reviewed, DrawdownPhase.TASK_RECORD_LESSON, Map.of(DrawdownPhase.ANOTHER_LESSON, false));
        driver.complete(reviewed, DrawdownPhase.TASK_RECORD_PHASE_ENDED);
        driver.giveReadinessInputs(reviewed, Map.of(DrawdownPhase.SECURITY_RISK_LEVEL, "VERY_HIGH"));
        driver.complete(
                reviewed,
                DrawdownPhase.TASK_DECIDE_PAUSED_PHASE,
                Map.of(DrawdownPhase.PAUSE_DECISION, "ASK_COUNCIL", DrawdownPhase.REVIEW_AGAIN_ON, inDays(7)));
        reviewAgain(reviewed);
        driver.giveReadinessInputs(reviewed, Map.of(DrawdownPhase.HOST_CONSENT, "CONDITIONAL"));
        driver.complete(reviewed, DrawdownPhase.TASK_RECORD_MITIGATION);
        driver.complete(
                reviewed, DrawdownPhase.TASK_ACCEPT_MITIGATION, Map.of(DrawdownPhase.MITIGATION_DECISION, "RETURN"));
        driver.complete(reviewed, DrawdownPhase.TASK_RECORD_MITIGATION);
        driver.complete(
                reviewed, DrawdownPhase.TASK_ACCEPT_MITIGATION, Map.of(DrawdownPhase.MITIGATION_DECISION, "ACCEPT"));
        driver.endPhase(reviewed);
        assertThat(lifecycle).hasPassed(END_LAST_PHASE_ENDED);
        // ... and one reported on to the Council, returned once, then renewed
        String reported = terminated + "-C";
        code = reported;
        ProcessInstance reporting = imported(DRAWDOWN_OPERATION);
        openReport(reporting);
        driver.complete(reported, CouncilReporting.TASK_DRAFT_SECTION);
        driver.obtainPbcAdvice(reported);
        driver.complete(reported, CouncilReporting.TASK_GENDER_REVIEW);
        driver.complete(
                reported, CouncilReporting.TASK_CLEAR_REPORT, Map.of(CouncilReporting.REPORT_CLEARANCE, "RETURN"));
        driver.complete(reported, CouncilReporting.TASK_DRAFT_SECTION);
        driver.complete(reported, CouncilReporting.TASK_GENDER_REVIEW);
        driver.complete(
                reported, CouncilReporting.TASK_CLEAR_REPORT, Map.of(CouncilReporting.REPORT_CLEARANCE, "CLEAR"));
        driver.complete(reported, CouncilReporting.TASK_RECORD_SUBMISSION);
        driver.complete(reported, CouncilReporting.TASK_RECORD_COUNCIL_RESPONSE, Map.of(MANDATE_OUTCOME, "RENEWAL"));
        // ... and one late on its dates: a site rescheduled, another recorded as closed, a phase given a new end
        String late = terminated + "-L";
        code = late;
        checkDrawdown(imported(LATE_OPERATION));
        driver.complete(
                late,
                driver.task(late, DrawdownAlert.TASK_RESOLVE_OVERDUE_SITE, DrawdownPhase.SITE_NAME, "Minembwe"),
                Map.of(DrawdownAlert.SITE_RESOLUTION, "RESCHEDULE"));
        driver.complete(
                late,
                driver.task(late, DrawdownAlert.TASK_RESOLVE_OVERDUE_SITE, DrawdownPhase.SITE_NAME, "Baraka"),
                Map.of(DrawdownAlert.SITE_RESOLUTION, "ALREADY_CLOSED"));
        driver.complete(late, DrawdownAlert.TASK_RESOLVE_OVERRUNNING_PHASE);
        // ... and one whose host withdraws consent at a gate: accelerated, its site handed over
        String accelerated = terminated + "-W";
        code = accelerated;
        imported(PHASED_OPERATION);
        driver.giveReadinessInputs(accelerated, Map.of(DrawdownPhase.HOST_CONSENT, "WITHDRAWN"));
        driver.complete(
                accelerated,
                DrawdownPhase.TASK_DECIDE_PAUSED_PHASE,
                Map.of(DrawdownPhase.PAUSE_DECISION, "ACCELERATE"));
        driver.complete(accelerated, DrawdownPhase.TASK_RECORD_ACCELERATED_RISK);
        driver.complete(accelerated, DrawdownPhase.TASK_ACCEPT_ACCELERATED_RISK);
        driver.complete(accelerated, DrawdownPhase.TASK_ASSESS_SITE_SECURITY);
        driver.complete(
                accelerated, DrawdownPhase.TASK_RECORD_SITE_CLOSURE, Map.of(DrawdownPhase.SITE_OUTCOME, "HANDED_OVER"));
        // ... and one that closes: a residual task partly funded, its gap accepted
        String closed = terminated + "-Z";
        code = closed;
        imported(CLOSING_OPERATION);
        driver.complete(closed, Closure.TASK_RECORD_MANDATE_END);
        driver.complete(closed, Closure.TASK_LIST_RESIDUAL_TASK, Map.of(Closure.RESIDUAL_TASK_LISTING, "ADD"));
        driver.complete(closed, Closure.TASK_LIST_RESIDUAL_TASK, Map.of(Closure.RESIDUAL_TASK_LISTING, "DONE"));
        driver.complete(
                closed, Closure.TASK_HAND_OVER_RESIDUAL_TASK, Map.of(Closure.RESIDUAL_FUNDING, "PARTLY_FUNDED"));
        driver.complete(closed, Closure.TASK_ADDRESS_FUNDING_GAP, Map.of(Closure.GAP_DECISION, "ACCEPTED_GAP"));
        driver.complete(closed, Closure.TASK_RECORD_WITHDRAWAL_COMPLETE);
        driver.complete(closed, PostTransition.TASK_DISPOSE_ASSETS);
        driver.complete(closed, PostTransition.TASK_TRANSFER_ARCHIVES);
        driver.complete(closed, PostTransition.TASK_END_OF_MISSION_REPORT);
        nextQuarter();
        driver.complete(
                closed, PostTransition.TASK_CHECK_RELAPSE, Map.of(PostTransition.POLITICAL_STABILITY, "CRISIS"));
        driver.complete(closed, PostTransition.TASK_ESCALATE_RELAPSE_RISK);
        code = terminated;

        Set<String> keysSubmitted = new TreeSet<>();
        for (String operation : List.of(terminated, planned, reviewed, reported, late, accelerated, closed)) {
            List<String> stored = driver.storedValues(operation);
            for (var submission : driver.submissions(operation)) {
                submission.values().forEach((key, value) -> {
                    keysSubmitted.add(key);
                    if (STEERING.contains(key)) {
                        return;
                    }
                    String text = value instanceof Number number
                            ? new java.math.BigDecimal(number.toString())
                                    .stripTrailingZeros()
                                    .toPlainString()
                            : String.valueOf(value);
                    assertThat(stored)
                            .as("%s of %s is stored", key, submission.formId())
                            .anySatisfy(v -> assertThat(v).contains(text));
                });
            }
        }
        Set<String> allKeys = new TreeSet<>();
        try (var forms = Files.list(Path.of("forms"))) {
            forms.map(f -> f.getFileName().toString().replace(".form", ""))
                    .forEach(id -> allKeys.addAll(FormFiller.form(id).keys()));
        }
        assertThat(keysSubmitted).as("every field of every form was filled in").isEqualTo(allKeys);
    }

    @Test
    void bothPartiesSigningThePlanMovesTheTransitionToDrawdown() {
        ProcessInstance lifecycle = planDrafted();

        assertThat(engine.getTaskService()
                        .createTaskQuery()
                        .processInstanceBusinessKey(code)
                        .list())
                .extracting(t -> t.getTaskDefinitionKey())
                .containsExactlyInAnyOrder(
                        JointTransitionPlanning.TASK_IDENTIFY_RISKS,
                        JointTransitionPlanning.TASK_CONSULT_COMMUNITIES,
                        JointTransitionPlanning.TASK_MAP_UNCT_CAPACITY,
                        JointTransitionPlanning.TASK_DRAFT_FINANCING_STRATEGY,
                        JointTransitionPlanning.TASK_RECORD_NATIONAL_POC_PLAN,
                        JointTransitionPlanning.TASK_GENDER_REVIEW);
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
        planDrafted();

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
        planDrafted();

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

        assertThat(escalations.openCount(code)).isZero();
        assertThat(driver.task(code, PbcConsultation.TASK_PREPARE_REQUEST))
                .as("the plan goes on to the PBC's advice, then to its signatures")
                .isNotNull();
    }

    @Test
    void aCoverageAtTheThresholdIsNoCliff() {
        planDrafted();

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
        ProcessInstance lifecycle = planDrafted();
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

    // ---- planning and drawdown: the benchmark review every period, the phases, closure ----

    /**
     * An operation in drawdown with three benchmarks (two minimum conditions) and three phases: the
     * second under way with two sites still open, the third on hold without sites.
     */
    static final String DRAWDOWN_OPERATION =
            """
            {"format": "transition-portfolio/1", "operations": [{"code": "%1$s", "name": "Review test %1$s",
              "type": "PKO", "hostCountry": "XAR",
              "transition": {"trigger": "COUNCIL_DECISION", "startedOn": "2025-01-15", "stage": "DRAWDOWN"},
              "benchmarks": [
                {"code": "B1", "title": "National police deployed", "category": "SECURITY", "owner": "NATIONAL",
                 "minimumCondition": true, "targetDate": "2026-12-31",
                 "indicators": [{"code": "B1.1", "name": "Police officers deployed", "type": "NUMBER",
                                 "direction": "INCREASE", "baseline": 0, "target": 1000,
                                 "measurements": [{"asOf": "2025-01-15", "value": 0}]}]},
                {"code": "B2", "title": "Protection plan adopted", "category": "PROTECTION_OF_CIVILIANS", "owner": "UN",
                 "indicators": [{"code": "B2.1", "name": "Plan adopted", "type": "BOOLEAN"}]},
                {"code": "B3", "title": "Services covered", "category": "HUMANITARIAN", "owner": "JOINT",
                 "minimumCondition": true, "targetDate": "2026-12-31",
                 "indicators": [{"code": "B3.1", "name": "Coverage", "type": "PERCENT", "target": 80},
                                {"code": "B3.2", "name": "Local elections held", "type": "MILESTONE"}]}],
              "phases": [
                {"seq": 1, "name": "West", "status": "COMPLETED", "plannedStart": "2025-02-01", "plannedEnd": "2025-08-31"},
                {"seq": 2, "name": "East", "status": "ONGOING", "plannedStart": "2025-09-01", "plannedEnd": "2026-09-30",
                 "sites": [{"name": "Camp Alpha", "type": "BASE"},
                           {"name": "Beta", "type": "TEAM_SITE", "status": "OPEN", "area": "East"},
                           {"name": "Gamma office", "type": "FIELD_OFFICE", "status": "HANDED_OVER",
                            "closedOn": "2025-12-15"}]},
                {"seq": 3, "name": "North", "status": "ON_HOLD"}]}]}
            """;

    static final String OPERATION_WITHOUT_BENCHMARKS =
            """
            {"format": "transition-portfolio/1", "operations": [{"code": "%1$s", "name": "No benchmarks %1$s",
              "type": "SPM", "hostCountry": "XAR",
              "transition": {"trigger": "PLANNED", "startedOn": "2025-06-01", "stage": "DRAWDOWN"},
              "phases": [{"seq": 1, "name": "All regions", "status": "ONGOING"}]}]}
            """;

    @Test
    void anImportedTransitionInDrawdownResumesAtItsFirstOpenPhaseWithItsReviewsScheduled() {
        ProcessInstance lifecycle = imported(DRAWDOWN_OPERATION);

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
                        "POC threat check: Camp Alpha (" + code + ")", "POC threat check: Beta (" + code + ")");
        assertThat(checks.get(0).getDueDate()).isEqualTo(Date.from(Instant.parse("2026-09-30T00:00:00Z")));
        assertThat(groupsOf(checks.get(0))).containsExactly("poc-unit");
        assertThat(reviewTimer(lifecycle).getDuedate())
                .as("quarterly from the start of the lifecycle")
                .isEqualTo(Date.from(Instant.parse("2026-06-02T09:00:00Z")));
        assertThat(registry.find(code).orElseThrow().stage()).isEqualTo(Stage.DRAWDOWN);
    }

    @Test
    void theReviewComesEveryPeriodAndWithoutBenchmarksClosesAtOnce() {
        ProcessInstance lifecycle = imported(OPERATION_WITHOUT_BENCHMARKS);

        ProcessInstance first = review(lifecycle);
        assertThat(passed(first))
                .containsExactly(START_REVIEW_DUE, TASK_OPEN_REVIEW, TASK_CLOSE_REVIEW, END_REVIEW_CLOSED);
        assertThat(reviewTimer(lifecycle).getDuedate()).isEqualTo(Date.from(Instant.parse("2026-09-02T09:00:00Z")));
        ProcessInstance second = review(lifecycle);
        assertThat(passed(second)).endsWith(END_REVIEW_CLOSED);

        assertThat(reviews.reviews(code))
                .extracting(ReviewRecords.Review::asOf, r -> r.closedAt() != null, r -> r.ratings()
                        .size())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(java.time.LocalDate.parse("2026-09-02"), true, 0),
                        org.assertj.core.groups.Tuple.tuple(java.time.LocalDate.parse("2026-06-02"), true, 0));
        assertThat(lifecycle).isWaitingAt(CALL_DRAWDOWN_PHASE);
    }

    @Test
    void eachBenchmarkIsMeasuredByItsOwnersRatedByTheDecisionsAndReviewedByTheTransitionCell() {
        ProcessInstance lifecycle = imported(DRAWDOWN_OPERATION);
        ProcessInstance review = review(lifecycle);

        var tasks = engine.getTaskService()
                .createTaskQuery()
                .processInstanceId(review.getId())
                .taskDefinitionKey(TASK_SUBMIT_MEASUREMENT)
                .list();
        assertThat(tasks)
                .extracting(t -> t.getName() + " " + groupsOf(t))
                .containsExactlyInAnyOrder(
                        code + ": Measure indicator B1.1 [host-government]",
                        code + ": Measure indicator B2.1 [transition-cell]",
                        code + ": Measure indicator B3.1 [host-government, transition-cell]",
                        code + ": Measure indicator B3.2 [host-government, transition-cell]");
        assertThat(tasks)
                .extracting(t -> t.getDueDate())
                .containsOnly(Date.from(Instant.parse("2026-06-23T09:00:00Z")));
        var b11 = driver.task(code, TASK_SUBMIT_MEASUREMENT, INDICATOR_CODE, "B1.1");
        assertThat(engine.getTaskService().getVariables(b11.getId()))
                .containsEntry(INDICATOR_NAME, "Police officers deployed")
                .containsEntry(INDICATOR_TARGET, "1000 or higher by 2026-12-31 (the benchmark's)")
                .containsEntry(LATEST_MEASUREMENT, "0 on 2025-01-15");

        // 700 of 1000 after 503 of 715 days (703 expected): at least half, AT_RISK
        measure("B1.1", Map.of(MEASURED_ON, "2026-06-01", MEASURED_NUMBER, 700));
        measure("B2.1", Map.of(MEASURED_TRUE, "true"));
        measure("B3.1", Map.of(MEASURED_NUMBER, 85));
        measure("B3.2", Map.of(NEW_MEASUREMENT, "NONE", NO_VALUE_REASON, "The electoral calendar slipped"));

        var ratings = reviews.ratings(reviewId(review));
        assertThat(ratings)
                .extracting(
                        ReviewRecords.Rating::benchmarkCode,
                        ReviewRecords.Rating::status,
                        ReviewRecords.Rating::indicatorStatuses,
                        ReviewRecords.Rating::previousStatus)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("B1", "AT_RISK", "B1.1 AT_RISK", null),
                        org.assertj.core.groups.Tuple.tuple("B2", "ACHIEVED", "B2.1 ACHIEVED", null),
                        org.assertj.core.groups.Tuple.tuple("B3", "AT_RISK", "B3.1 ACHIEVED, B3.2 NO_DATA", null));
        var reviewTasks = engine.getTaskService()
                .createTaskQuery()
                .processInstanceId(review.getId())
                .taskDefinitionKey(TASK_REVIEW_STATUS)
                .list();
        assertThat(reviewTasks).hasSize(3).allSatisfy(t -> assertThat(groupsOf(t))
                .containsExactly("transition-cell"));
        var b3Review = driver.task(code, TASK_REVIEW_STATUS, BENCHMARK_CODE, "B3");
        assertThat(engine.getTaskService().getVariables(b3Review.getId()))
                .containsEntry(BENCHMARK_STATUS, "AT_RISK")
                .containsEntry(STATUS_REASON, "a minimum condition with an indicator without data")
                .containsEntry(PREVIOUS_STATUS, "none (first review)");

        for (String benchmark : List.of("B1", "B2", "B3")) {
            driver.complete(code, driver.task(code, TASK_REVIEW_STATUS, BENCHMARK_CODE, benchmark), Map.of());
        }

        assertThat(review).isEnded().hasPassed(END_BENCHMARK_REVIEWED, END_REVIEW_CLOSED);
        assertThat(reviews.ratings(reviewId(review)))
                .allSatisfy(r -> assertThat(r.reviewNote()).isNotBlank());
        assertThat(reviews.gaps(reviewId(review)))
                .extracting(ReviewRecords.Gap::indicatorCode, ReviewRecords.Gap::reason)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("B3.2", "The electoral calendar slipped"));
        assertThat(benchmarks.measurements(code, "B1.1"))
                .extracting(BenchmarkRecords.MeasurementRecord::asOf, BenchmarkRecords.MeasurementRecord::value)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(java.time.LocalDate.parse("2025-01-15"), "0"),
                        org.assertj.core.groups.Tuple.tuple(java.time.LocalDate.parse("2026-06-01"), "700"));
        assertThat(lifecycle).isWaitingAt(CALL_DRAWDOWN_PHASE);
    }

    @Test
    void overdueMeasurementsEscalateToTheTransitionCellUntilItFollowsUp() {
        ProcessInstance lifecycle = imported(DRAWDOWN_OPERATION);
        ProcessInstance review = review(lifecycle);
        measure("B2.1", Map.of());
        measure("B3.1", Map.of(MEASURED_NUMBER, 85));
        measure("B3.2", Map.of());

        ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-06-23T09:01:00Z")));
        driver.runJobs(code);

        var followUp = driver.task(code, TASK_FOLLOW_UP_OVERDUE);
        assertThat(followUp.getName()).isEqualTo(code + ": Follow up overdue measurements of B1");
        assertThat(groupsOf(followUp)).containsExactly("transition-cell");
        assertThat(engine.getTaskService().getVariable(followUp.getId(), MISSING_MEASUREMENTS))
                .isEqualTo("B1.1");
        assertThat(escalations.open(code)).singleElement().satisfies(e -> {
            assertThat(e.kind()).isEqualTo(OVERDUE_ESCALATION);
            assertThat(e.subject()).isEqualTo("B1");
            assertThat(e.candidateGroups()).isEqualTo("transition-cell");
            assertThat(e.dueOn()).hasToString("2026-06-30");
        });

        driver.complete(code, TASK_FOLLOW_UP_OVERDUE);

        assertThat(escalations.openCount(code)).isZero();
        assertThat(review).isWaitingAt(TASK_SUBMIT_MEASUREMENT, TASK_REVIEW_STATUS);
        measure("B1.1", Map.of(MEASURED_NUMBER, 900));
        assertThat(review).hasPassed(EVENT_MEASUREMENTS_OVERDUE, END_OVERDUE_FOLLOWED_UP, TASK_RATE_BENCHMARK);
    }

    @Test
    void aMinimumConditionThatTurnsOffTrackGoesToLeadershipAndHqWhoMayAcceptTheRisk() {
        ProcessInstance lifecycle = imported(DRAWDOWN_OPERATION);
        ProcessInstance review = review(lifecycle);
        // 100 of 1000 after 503 of 715 days (703 expected): under half, OFF_TRACK
        measureAll(Map.of("B1.1", Map.of(MEASURED_ON, "2026-06-01", MEASURED_NUMBER, 100)));
        reviewAll("B1", "B2", "B3");

        var decision = driver.task(code, TASK_DECIDE_ON_SLIPPED_CONDITION);
        assertThat(decision.getName()).isEqualTo(code + ": Decide on minimum condition B1");
        assertThat(groupsOf(decision)).containsExactly("hq-task-force", "mission-leadership");
        assertThat(decision.getDueDate()).isEqualTo(Date.from(Instant.parse("2026-06-16T09:00:00Z")));
        var decided = driver.complete(
                code,
                TASK_DECIDE_ON_SLIPPED_CONDITION,
                Map.of(SLIP_DECISION, "ACCEPT_RISK", RISK_CATEGORY, "SECURITY", RISK_LIKELIHOOD, "HIGH"));

        assertThat(review).isEnded().hasPassed(END_RISK_ACCEPTED);
        var rating = reviews.ratings(reviewId(review)).get(0);
        assertThat(rating.decision()).isEqualTo("ACCEPT_RISK");
        var risk = riskRegister.risk(code, rating.riskId()).orElseThrow();
        assertThat(risk.status()).isEqualTo("ACCEPTED");
        assertThat(risk.category()).isEqualTo("SECURITY");
        assertThat(risk.likelihood()).isEqualTo("HIGH");
        assertThat(risk.mitigation()).isEqualTo(decided.get(RISK_JUSTIFICATION));
        assertThat(risk.description())
                .isEqualTo("Minimum condition B1 (National police deployed) is OFF_TRACK: an indicator is off track");

        // next quarter: no new value, still OFF_TRACK, but no longer turning: nobody is asked again
        ProcessInstance next = review(lifecycle);
        measureAll(Map.of("B1.1", Map.of(NEW_MEASUREMENT, "NONE")));
        reviewAll("B1", "B2", "B3");
        assertThat(reviews.ratings(reviewId(next)).get(0))
                .extracting(ReviewRecords.Rating::status, ReviewRecords.Rating::previousStatus)
                .containsExactly("OFF_TRACK", "OFF_TRACK");
        assertThat(next).isEnded();
        assertThat(driver.task(code, TASK_DECIDE_ON_SLIPPED_CONDITION)).isNull();
    }

    @Test
    void aRequestedReassessmentRunsANewStrategicAssessmentAlongsideTheDrawdown() {
        ProcessInstance lifecycle = imported(DRAWDOWN_OPERATION);
        ProcessInstance review = review(lifecycle);
        // B3.1: first value 10 on 2026-05-01, 70 points to go in 244 days, 9.2 expected after 32: OFF_TRACK
        measureAll(Map.of(
                "B1.1", Map.of(MEASURED_NUMBER, 100),
                "B3.1", Map.of(MEASURED_ON, "2026-05-01", MEASURED_NUMBER, 10)));
        reviewAll("B1", "B2", "B3");

        driver.complete(
                code,
                driver.task(code, TASK_DECIDE_ON_SLIPPED_CONDITION, BENCHMARK_CODE, "B1"),
                Map.of(SLIP_DECISION, "REQUEST_REASSESSMENT"));

        assertThat(lifecycle).hasPassed(START_REASSESSMENT_REQUESTED).isWaitingAt(CALL_REASSESSMENT);
        assertThat(driver.task(code, TASK_DRAFT_TERMS_OF_REFERENCE)).isNotNull();
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
        assertThat(reviews.ratings(reviewId(review)))
                .extracting(ReviewRecords.Rating::decision)
                .containsExactly("REQUEST_REASSESSMENT", null, "REQUEST_REASSESSMENT");
        assertThat(lifecycle).isWaitingAt(CALL_DRAWDOWN_PHASE, CALL_REASSESSMENT);
        assertThat(registry.find(code).orElseThrow().stage()).isEqualTo(Stage.DRAWDOWN);

        driver.clearAssessment(code);

        assertThat(lifecycle).hasPassed(END_REASSESSMENT_CLEARED).isWaitingAt(CALL_DRAWDOWN_PHASE);
    }

    @Test
    void aMeasurementTheIndicatorCannotHoldIsRefusedOnItsFieldAndNothingIsStored() {
        ProcessInstance lifecycle = imported(DRAWDOWN_OPERATION);
        review(lifecycle);
        var task = driver.task(code, TASK_SUBMIT_MEASUREMENT, INDICATOR_CODE, "B3.1");

        assertThatThrownBy(() -> driver.submit(code, task, Map.of(MEASURED_NUMBER, 150)))
                .satisfies(e -> assertThat(InputRejectedException.findIn(e).errors())
                        .singleElement()
                        .satisfies(error -> {
                            assertThat(error.path()).isEqualTo(MEASURED_NUMBER);
                            assertThat(error.message()).contains("between 0 and 100");
                        }));
        assertThatThrownBy(() -> driver.submit(code, task, Map.of(MEASURED_NUMBER, 50, MEASURED_ON, "2026-06-03")))
                .satisfies(e -> assertThat(InputRejectedException.findIn(e).errors())
                        .extracting(error -> error.path())
                        .containsExactly(MEASURED_ON));

        assertThat(benchmarks.measurements(code, "B3.1")).isEmpty();
        assertThat(engine.getTaskService()
                        .createTaskQuery()
                        .taskId(task.getId())
                        .count())
                .isOne();
    }

    @Test
    void theOperationsOwnReviewPeriodHoldsFromTheNextReview() {
        ProcessInstance lifecycle = imported(OPERATION_WITHOUT_BENCHMARKS);

        schedule.change(registry.find(code).orElseThrow(), "P1M");

        assertThat(reviewTimer(lifecycle).getDuedate()).isEqualTo(Date.from(Instant.parse("2026-04-02T09:00:00Z")));
        review(lifecycle);
        assertThat(reviewTimer(lifecycle).getDuedate()).isEqualTo(Date.from(Instant.parse("2026-05-02T09:00:00Z")));
        assertThatThrownBy(() -> schedule.change(registry.find(code).orElseThrow(), "P2D"))
                .satisfies(e -> assertThat(
                                InputRejectedException.findIn(e).errors().get(0).path())
                        .isEqualTo("/period"));
        assertThat(schedule.period(code)).hasToString("P1M");
    }

    @Test
    void phasesEndOneByOneAndTheLastEndsTheDrawdownAtTheClosureStageCancellingWhatRanAlongside() {
        ProcessInstance lifecycle = imported(DRAWDOWN_OPERATION);
        // a review under way, its measurements overdue and escalated
        ProcessInstance review = review(lifecycle);
        ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-06-24T09:00:00Z")));
        driver.runJobs(code);
        assertThat(escalations.open(code)).extracting(e -> e.kind()).contains(OVERDUE_ESCALATION);

        driver.endPhase(code);
        assertThat(driver.task(code, DrawdownPhase.TASK_ASSESS_SECURITY).getName())
                .isEqualTo(code + ": UNDSS security risk assessment: phase 3 (North)");
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
    void aDrawdownWithoutPhasesOnRecordEndsWhenLeadershipRecordsItsEnd() {
        ProcessInstance lifecycle = planDrafted();
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

    // ---- the drawdown, phase by phase (drawdown-phase) ----

    /** A transition just past its planning: no benchmarks, two planned phases, the first with one site. */
    static final String PHASED_OPERATION =
            """
            {"format": "transition-portfolio/1", "operations": [{"code": "%1$s", "name": "Phased %1$s",
              "type": "PKO", "hostCountry": "XAR",
              "transition": {"trigger": "COUNCIL_DECISION", "startedOn": "2025-06-01", "stage": "DRAWDOWN"},
              "phases": [
                {"seq": 1, "name": "North", "plannedStart": "2026-04-01", "plannedEnd": "2026-10-31",
                 "sites": [{"name": "Kidal", "type": "BASE", "area": "North"}]},
                {"seq": 2, "name": "South", "plannedStart": "2026-11-01", "plannedEnd": "2027-03-31"}]}]}
            """;

    @Test
    void eachOpenSiteIsHandedOverAfterItsChecksAndClosesOnTheCertificatesDate() {
        imported(DRAWDOWN_OPERATION);
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
        var certificate = driver.task(code, DrawdownPhase.TASK_CERTIFY_HANDOVER, DrawdownPhase.SITE_NAME, "Camp Alpha");
        assertThat(certificate.getName()).isEqualTo("Handover certificate: Camp Alpha (" + code + ")");
        assertThat(groupsOf(certificate)).containsExactly("mission-leadership");

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
                .isEqualTo(code + ": Repatriate uniformed personnel: phase 2 (East)");
    }

    @Test
    void aPhaseIsGatedByUndssTheGenderAdviserAndTheTransitionCellAndAReadyOneProceeds() {
        imported(PHASED_OPERATION);

        assertThat(calledPhase())
                .isWaitingAt(
                        DrawdownPhase.TASK_ASSESS_SECURITY,
                        DrawdownPhase.TASK_ANALYSE_GENDER,
                        DrawdownPhase.TASK_CONFIRM_CONDITIONS);
        assertThat(groupsOf(driver.task(code, DrawdownPhase.TASK_ASSESS_SECURITY)))
                .containsExactly("undss");
        assertThat(groupsOf(driver.task(code, DrawdownPhase.TASK_ANALYSE_GENDER)))
                .containsExactly("gender-adviser");
        var conditions = driver.task(code, DrawdownPhase.TASK_CONFIRM_CONDITIONS);
        assertThat(groupsOf(conditions)).containsExactly("transition-cell");
        assertThat(conditions.getName())
                .isEqualTo(code + ": Confirm host consent, UNCT funding and the national POC plan: phase 1 (North)");
        assertThat(conditions.getDueDate())
                .as("by the phase's planned start")
                .isEqualTo(Date.from(Instant.parse("2026-04-01T00:00:00Z")));
        assertThat(drawdownReads.readiness(phaseId(1))).isEmpty();

        driver.giveReadinessInputs(code, Map.of());

        assertThat(drawdownReads.readiness(phaseId(1))).singleElement().satisfies(readiness -> {
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
                .isEqualTo("POC threat check: Kidal (" + code + ")");
        driver.complete(code, DrawdownPhase.TASK_CHECK_POC_THREATS);
        driver.complete(code, DrawdownPhase.TASK_CLEAR_ENVIRONMENT);
        driver.complete(code, DrawdownPhase.TASK_PLAN_ASSET_DISPOSAL);
        assertThat(driver.task(code, DrawdownPhase.TASK_CERTIFY_HANDOVER).getName())
                .as("named after the site and the operation only, as the site's tasks are")
                .isEqualTo("Handover certificate: Kidal (" + code + ")");
    }

    @Test
    void aPhaseWithoutSitesGoesFromItsGateToRepatriationAndItsLessonsAreSearchable() {
        imported(PHASED_OPERATION);
        driver.giveReadinessInputs(code, Map.of());
        driver.endPhase(code);
        var conditions = driver.task(code, DrawdownPhase.TASK_CONFIRM_CONDITIONS);
        assertThat(engine.getTaskService().getVariable(conditions.getId(), DrawdownPhase.UNCT_FUNDING_PERCENT))
                .as("prefilled with what the transition cell confirmed for the phase before")
                .isEqualTo(80L);
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
                .isEqualTo(code + ": Record a lesson learned: phase 2 (South)");
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

    @Test
    void aPhaseThatMayProceedWithMitigationWaitsForTheRiskRegisterAndHqsAcceptance() {
        imported(DRAWDOWN_OPERATION);
        driver.endPhase(code);
        driver.giveReadinessInputs(code, Map.of(DrawdownPhase.HOST_CONSENT, "CONDITIONAL"));

        var readiness = drawdownReads.readiness(phaseId(3)).get(0);
        assertThat(readiness.outcome()).isEqualTo("PROCEED_WITH_MITIGATION");
        assertThat(readiness.reasons())
                .isEqualTo("a minimum-condition benchmark is AT_RISK or has NO_DATA;"
                        + " the host government's consent is conditional");
        assertThat(groupsOf(driver.task(code, DrawdownPhase.TASK_RECORD_MITIGATION)))
                .containsExactly("mission-leadership");
        driver.complete(
                code,
                DrawdownPhase.TASK_RECORD_MITIGATION,
                Map.of(DrawdownPhase.MITIGATION_MEASURES, "Keep a company in the North until June"));
        assertThat(groupsOf(driver.task(code, DrawdownPhase.TASK_ACCEPT_MITIGATION)))
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

        var followedUp = drawdownReads.readiness(phaseId(3)).get(0);
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
    void aPausedPhaseEscalatesToHqAndItsReadinessIsReviewedAgainOnTheDayHqChose() {
        imported(PHASED_OPERATION);
        driver.giveReadinessInputs(
                code,
                Map.of(
                        DrawdownPhase.HOST_CONSENT, "WITHDRAWN",
                        DrawdownPhase.CONSENT_NOTE, "Letter of the Foreign Minister, 27 February"));

        var paused = driver.task(code, DrawdownPhase.TASK_DECIDE_PAUSED_PHASE);
        assertThat(groupsOf(paused)).containsExactly("hq-task-force");
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
        reviewAgain(code);
        driver.giveReadinessInputs(code, Map.of());

        assertThat(drawdownReads.readiness(phaseId(1)))
                .extracting(r -> r.outcome() + " " + r.steps())
                .containsExactly("PAUSE_AND_ESCALATE [WAIT_AND_REVIEW]", "PROCEED []");
        assertThat(drawdownReads.phases(code).get(0).status()).isEqualTo("ONGOING");
    }

    @Test
    void everyGateOfAPhaseRefusesABadValueOnItsFieldAndLeavesTheTaskOpenWithNothingStored() {
        imported(PHASED_OPERATION);
        var before = driver.storedValues(code);

        refused(
                DrawdownPhase.TASK_ASSESS_SECURITY,
                Map.of(DrawdownPhase.SECURITY_RISK_LEVEL, "EXTREME"),
                DrawdownPhase.SECURITY_RISK_LEVEL,
                "must be one of");
        refused(
                DrawdownPhase.TASK_ASSESS_SECURITY,
                Map.of(DrawdownPhase.SECURITY_ASSESSMENT_LINK, "the UNDSS drive"),
                DrawdownPhase.SECURITY_ASSESSMENT_LINK,
                "https://");
        refused(
                DrawdownPhase.TASK_CONFIRM_CONDITIONS,
                Map.of(DrawdownPhase.UNCT_FUNDING_PERCENT, -5),
                DrawdownPhase.UNCT_FUNDING_PERCENT,
                "must be at least 0");
        refused(
                DrawdownPhase.TASK_CONFIRM_CONDITIONS,
                Map.of(DrawdownPhase.HOST_CONSENT, "CONDITIONAL", DrawdownPhase.CONSENT_NOTE, ""),
                DrawdownPhase.CONSENT_NOTE,
                "is required");
        refused(
                DrawdownPhase.TASK_ANALYSE_GENDER,
                Map.of(DrawdownPhase.WOMEN_CONSULTED, "many"),
                DrawdownPhase.WOMEN_CONSULTED,
                "must be a number");
        assertThat(driver.storedValues(code)).as("nothing stored").isEqualTo(before);

        driver.giveReadinessInputs(code, Map.of(DrawdownPhase.SECURITY_RISK_LEVEL, "VERY_HIGH"));
        refused(
                DrawdownPhase.TASK_DECIDE_PAUSED_PHASE,
                Map.of(DrawdownPhase.REVIEW_AGAIN_ON, "2026-03-02"),
                DrawdownPhase.REVIEW_AGAIN_ON,
                "must be after today (2026-03-02)");
        refused(
                DrawdownPhase.TASK_DECIDE_PAUSED_PHASE,
                Map.of(DrawdownPhase.REVIEW_AGAIN_ON, "2026-02-30"),
                DrawdownPhase.REVIEW_AGAIN_ON,
                "real calendar date");
        refused(
                DrawdownPhase.TASK_DECIDE_PAUSED_PHASE,
                Map.of(DrawdownPhase.PAUSE_DECISION, "ASK_COUNCIL", DrawdownPhase.COUNCIL_REQUEST, ""),
                DrawdownPhase.COUNCIL_REQUEST,
                "is required");
        driver.complete(code, DrawdownPhase.TASK_DECIDE_PAUSED_PHASE, Map.of(DrawdownPhase.REVIEW_AGAIN_ON, inDays(3)));
        reviewAgain(code);
        driver.giveReadinessInputs(code, Map.of(DrawdownPhase.NATIONAL_POC_PLAN_STATUS, "DRAFTING"));
        refused(DrawdownPhase.TASK_RECORD_MITIGATION, Map.of(), null, null);
        driver.complete(code, DrawdownPhase.TASK_RECORD_MITIGATION);
        refused(
                DrawdownPhase.TASK_ACCEPT_MITIGATION,
                Map.of(DrawdownPhase.MITIGATION_DECISION, "RETURN", DrawdownPhase.MITIGATION_COMMENT, ""),
                DrawdownPhase.MITIGATION_COMMENT,
                "is required");
        driver.complete(
                code, DrawdownPhase.TASK_ACCEPT_MITIGATION, Map.of(DrawdownPhase.MITIGATION_DECISION, "ACCEPT"));
        refused(
                DrawdownPhase.TASK_CHECK_POC_THREATS,
                Map.of(DrawdownPhase.POC_THREAT_LEVEL, "SEVERE"),
                DrawdownPhase.POC_THREAT_LEVEL,
                "must be one of [LOW, MEDIUM, HIGH]");
        refused(
                DrawdownPhase.TASK_CHECK_POC_THREATS,
                Map.of(DrawdownPhase.POC_PROTECTION_COMMITMENTS, ""),
                DrawdownPhase.POC_PROTECTION_COMMITMENTS,
                "is required");
        driver.complete(code, DrawdownPhase.TASK_CHECK_POC_THREATS);
        refused(
                DrawdownPhase.TASK_CLEAR_ENVIRONMENT,
                Map.of(DrawdownPhase.ENVIRONMENTAL_CLEARANCE_LINK, "ftp://files/clearance.pdf"),
                DrawdownPhase.ENVIRONMENTAL_CLEARANCE_LINK,
                "must be a link starting with https://");
        driver.complete(code, DrawdownPhase.TASK_CLEAR_ENVIRONMENT);
        refused(
                DrawdownPhase.TASK_PLAN_ASSET_DISPOSAL,
                Map.of(DrawdownPhase.ASSET_DISPOSAL_METHOD, "LOOTING"),
                DrawdownPhase.ASSET_DISPOSAL_METHOD,
                "must be one of");
        driver.complete(code, DrawdownPhase.TASK_PLAN_ASSET_DISPOSAL);
        var site = drawdownReads.phases(code).get(0).sites().get(0);
        refused(
                DrawdownPhase.TASK_CERTIFY_HANDOVER,
                Map.of(DrawdownPhase.SITE_CLOSED_ON, "2026-03-20"),
                DrawdownPhase.SITE_CLOSED_ON,
                "may not be in the future");
        refused(
                DrawdownPhase.TASK_CERTIFY_HANDOVER,
                Map.of(DrawdownPhase.CERTIFICATE_LINK, "signed, in the safe"),
                DrawdownPhase.CERTIFICATE_LINK,
                "https://");
        assertThat(drawdownReads.phases(code).get(0).sites().get(0))
                .as("the site stays open")
                .isEqualTo(site);
        driver.complete(code, DrawdownPhase.TASK_CERTIFY_HANDOVER);
        refused(
                DrawdownPhase.TASK_REPATRIATE,
                Map.of(DrawdownPhase.TROOPS_REPATRIATED, -1),
                DrawdownPhase.TROOPS_REPATRIATED,
                "must be at least 0");
        driver.complete(code, DrawdownPhase.TASK_REPATRIATE);
        refused(
                DrawdownPhase.TASK_RECORD_LESSON,
                Map.of(DrawdownPhase.LESSON_TITLE, " "),
                DrawdownPhase.LESSON_TITLE,
                "is required");
        assertThat(lessons.search(List.of(code), "")).isEmpty();
    }

    /**
     * A drawdown behind its dates: two sites of a completed phase still open after its end (as
     * Minembwe was in MONUSCO's), and the phase under way more than 30 days past its end.
     */
    static final String LATE_OPERATION =
            """
            {"format": "transition-portfolio/1", "operations": [{"code": "%1$s", "name": "Late %1$s",
              "type": "PKO", "hostCountry": "XAR",
              "transition": {"trigger": "COUNCIL_DECISION", "startedOn": "2025-06-01", "stage": "DRAWDOWN"},
              "phases": [
                {"seq": 1, "name": "South", "status": "COMPLETED", "plannedStart": "2025-07-01", "plannedEnd": "2025-12-31",
                 "sites": [{"name": "Minembwe", "type": "BASE"}, {"name": "Baraka", "type": "TEAM_SITE"},
                           {"name": "Uvira", "type": "CAMP", "status": "CLOSED"}]},
                {"seq": 2, "name": "Centre", "status": "ONGOING", "plannedStart": "2026-01-01", "plannedEnd": "2026-01-15"}]}]}
            """;

    @Test
    void aSitePastItsPlannedClosureAndAPhaseOverrunningItsEndAreEscalatedOnceUntilAnswered() {
        ProcessInstance lifecycle = imported(LATE_OPERATION);
        assertThat(escalations.openCount(code)).as("the check runs daily").isZero();

        checkDrawdown(lifecycle);

        var minembwe = driver.task(code, DrawdownAlert.TASK_RESOLVE_OVERDUE_SITE, DrawdownPhase.SITE_NAME, "Minembwe");
        assertThat(minembwe.getName()).isEqualTo("Site past its planned closure: Minembwe (" + code + ")");
        assertThat(groupsOf(minembwe)).containsExactlyInAnyOrder("mission-leadership", "mission-support");
        var centre = driver.task(code, DrawdownAlert.TASK_RESOLVE_OVERRUNNING_PHASE);
        assertThat(centre.getName()).isEqualTo(code + ": Phase overrunning: phase 2 (Centre)");
        assertThat(groupsOf(centre)).containsExactlyInAnyOrder("mission-leadership", "hq-task-force");
        assertThat(escalations.open(code))
                .extracting(e -> e.kind() + " " + e.subject())
                .containsExactlyInAnyOrder(
                        "SITE_OVERDUE site:" + siteId("Minembwe"),
                        "SITE_OVERDUE site:" + siteId("Baraka"),
                        "PHASE_OVERRUN phase:" + phaseId(2));
        assertThat(escalations.open(code))
                .extracting(e -> e.reason())
                .contains(
                        "Minembwe (phase 1 (South)) is still open 62 days after its planned closure on 2025-12-31",
                        "Drawdown phase 2 (Centre) is ONGOING 47 days after its planned end on 2026-01-15 (margin: 30"
                                + " days)");

        refused(
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
        checkDrawdown(lifecycle);
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

        assertThat(escalations.openCount(code)).isZero();
        assertThat(drawdownReads.phases(code).get(0).sites())
                .extracting(site -> site.name() + " " + site.status() + " " + site.closedOn())
                .containsExactly("Minembwe OPEN null", "Baraka HANDED_OVER 2026-01-20", "Uvira CLOSED null");
        assertThat(jdbc.sql("select planned_closure from site where id = ?")
                        .param(siteId("Minembwe"))
                        .query(String.class)
                        .single())
                .isEqualTo(newClosure);
        assertThat(drawdownReads.phases(code).get(1).plannedEnd())
                .as("the original plan is kept beside the revised end")
                .hasToString("2026-01-15");
        checkDrawdown(lifecycle);
        assertThat(escalations.openCount(code)).as("nothing late any more").isZero();
        assertThat(lifecycle).hasPassed(DrawdownAlert.END_ALERTS_ANSWERED).isWaitingAt(CALL_DRAWDOWN_PHASE);

        ClockUtil.setCurrentTime(
                Date.from(Instant.parse(newClosure + "T12:00:00Z").plus(1, ChronoUnit.DAYS)));
        checkDrawdown(lifecycle);
        assertThat(escalations.open(code))
                .as("late again after its new planned closure")
                .extracting(e -> e.subject())
                .containsExactly("site:" + siteId("Minembwe"));
    }

    // ---- accelerated withdrawal ----

    static final List<String> THIRTEEN_SITES = List.of(
            "Kidal",
            "Tessalit",
            "Aguelhok",
            "Ber",
            "Goundam",
            "Léré",
            "Ogossagou",
            "Ménaka",
            "Ansongo",
            "Douentza",
            "Tombouctou",
            "Gao",
            "Mopti");

    /** A transition forced by the host's withdrawal of consent: one phase, thirteen sites, a hard deadline. */
    static String consentWithdrawnOperation() {
        String sites = String.join(
                ", ",
                THIRTEEN_SITES.stream()
                        .map(site -> "{\"name\": \"" + site + "\", \"type\": \"CAMP\"}")
                        .toList());
        return """
            {"format": "transition-portfolio/1", "operations": [{"code": "%1$s", "name": "Withdrawn by the host %1$s",
              "type": "PKO", "hostCountry": "XAR",
              "transition": {"trigger": "HOST_CONSENT_WITHDRAWN", "startedOn": "2026-01-01", "stage": "DRAWDOWN",
                             "withdrawalDeadline": "2026-12-31"},
              "phases": [{"seq": 1, "name": "Withdrawal", "plannedStart": "2026-01-01", "plannedEnd": "2027-06-30",
                          "sites": [SITES]}]}]}
            """
                .replace("SITES", sites);
    }

    @Test
    void anImportedTransitionWhoseHostWithdrewConsentEndsWithAClosureRecordForEachOfItsThirteenSites() {
        ProcessInstance lifecycle = imported(consentWithdrawnOperation());

        assertThat(calledPhase())
                .hasPassed(DrawdownPhase.GATEWAY_WITHDRAWAL_ACCELERATED)
                .isWaitingAt(DrawdownPhase.TASK_RECORD_ACCELERATED_RISK);
        var risk = driver.task(code, DrawdownPhase.TASK_RECORD_ACCELERATED_RISK);
        assertThat(groupsOf(risk)).containsExactly("mission-leadership");
        assertThat(risk.getDueDate())
                .as("the hard deadline")
                .isEqualTo(Date.from(Instant.parse("2026-12-31T00:00:00Z")));
        driver.complete(code, DrawdownPhase.TASK_RECORD_ACCELERATED_RISK);
        assertThat(groupsOf(driver.task(code, DrawdownPhase.TASK_ACCEPT_ACCELERATED_RISK)))
                .containsExactly("hq-task-force");
        driver.complete(code, DrawdownPhase.TASK_ACCEPT_ACCELERATED_RISK);

        assertThat(driver.tasks(code, DrawdownPhase.TASK_ASSESS_SITE_SECURITY))
                .extracting(t -> t.getName())
                .hasSize(13)
                .contains("Security assessment: Kidal (" + code + ")");
        assertThat(driver.tasks(code, DrawdownPhase.TASK_CHECK_POC_THREATS)).isEmpty();
        for (var task : driver.tasks(code, DrawdownPhase.TASK_ASSESS_SITE_SECURITY)) {
            driver.complete(code, task, Map.of());
        }
        var closures = driver.tasks(code, DrawdownPhase.TASK_RECORD_SITE_CLOSURE);
        assertThat(closures).hasSize(13);
        assertThat(closures.get(0).getDueDate()).isEqualTo(Date.from(Instant.parse("2026-12-31T00:00:00Z")));
        for (var task : closures) {
            driver.complete(code, task, Map.of(DrawdownPhase.SITE_OUTCOME, "CLOSED"));
        }
        driver.endPhase(code);

        assertThat(drawdownReads.phases(code).get(0).sites())
                .as("thirteen closure records")
                .hasSize(13)
                .allSatisfy(site -> {
                    assertThat(site.status()).isEqualTo("CLOSED");
                    assertThat(site.closedOn()).isNotNull();
                });
        assertThat(jdbc.sql(
                                """
                        select count(*) from site_handover h join site s on s.id = h.site_id
                        join phase p on p.id = s.phase_id
                        where p.operation_code = ? and h.security_risk_level is not null and h.closure_note is not null""")
                        .param(code)
                        .query(Integer.class)
                        .single())
                .as("each with its security assessment")
                .isEqualTo(13);
        assertThat(riskRegister.risks(code)).singleElement().satisfies(r -> assertThat(r.status())
                .isEqualTo("ACCEPTED"));
        assertThat(drawdownReads.phases(code).get(0).readiness())
                .as("no readiness gate")
                .isEmpty();
        assertThat(lifecycle).isWaitingAt(CALL_CLOSURE);
    }

    @Test
    void theHostsWithdrawalByMessageSetsAHardDeadlineAndAcceleratesThePhasesStillToCome() {
        ProcessInstance lifecycle = imported(DRAWDOWN_OPERATION);
        Map<String, Object> withdrawal = new java.util.HashMap<>(Map.of("consentWithdrawnOn", "2026-03-05"));

        assertThatThrownBy(() -> consentMessage(withdrawal))
                .satisfies(e -> assertThat(InputRejectedException.findIn(e).errors())
                        .extracting(error -> error.path())
                        .containsExactly("hardDeadline", "consentWithdrawnOn", "consentLetterLink"));
        assertThat(jdbc.sql("select count(*) from transition where operation_code = ? and consent_withdrawn_on is null")
                        .param(code)
                        .query(Integer.class)
                        .single())
                .as("nothing recorded")
                .isOne();

        withdrawal.putAll(Map.of(
                "consentWithdrawnOn", "2026-03-01",
                "hardDeadline", "2026-06-30",
                "consentLetterLink", "https://letters.example/host-2026-03-01"));
        consentMessage(withdrawal);

        assertThat(lifecycle).hasPassed(END_WITHDRAWAL_ACCELERATED);
        assertThat(registry.dates(code)).as("as the operations API shows them").satisfies(dates -> {
            assertThat(dates.consentWithdrawnOn()).hasToString("2026-03-01");
            assertThat(dates.withdrawalDeadline()).hasToString("2026-06-30");
            assertThat(dates.consentLetterLink()).isEqualTo("https://letters.example/host-2026-03-01");
        });
        // the phase under way goes on as it began; the next one is accelerated
        driver.endPhase(code);
        assertThat(calledPhase()).isWaitingAt(DrawdownPhase.TASK_RECORD_ACCELERATED_RISK);
        assertThat(driver.task(code, DrawdownPhase.TASK_ASSESS_SECURITY)).isNull();
    }

    @Test
    void aPhaseReviewedAgainAfterTheHostWithdrewConsentIsPrefilledWithTheWithdrawalOnRecord() {
        imported(PHASED_OPERATION);
        driver.giveReadinessInputs(code, Map.of(DrawdownPhase.SECURITY_RISK_LEVEL, "VERY_HIGH"));
        driver.complete(
                code,
                DrawdownPhase.TASK_DECIDE_PAUSED_PHASE,
                Map.of(DrawdownPhase.PAUSE_DECISION, "WAIT_AND_REVIEW", DrawdownPhase.REVIEW_AGAIN_ON, inDays(5)));
        consentMessage(Map.of(
                "consentWithdrawnOn", "2026-03-01",
                "hardDeadline", "2026-08-31",
                "consentLetterLink", "https://letters.example/host"));
        reviewAgain(code);

        var conditions = driver.task(code, DrawdownPhase.TASK_CONFIRM_CONDITIONS);
        assertThat(engine.getTaskService().getVariable(conditions.getId(), DrawdownPhase.HOST_CONSENT))
                .isEqualTo("WITHDRAWN");
        driver.giveReadinessInputs(
                code, Map.of(DrawdownPhase.HOST_CONSENT, "WITHDRAWN", DrawdownPhase.CONSENT_NOTE, "The letter"));
        var paused = driver.task(code, DrawdownPhase.TASK_DECIDE_PAUSED_PHASE);
        assertThat(engine.getTaskService().getVariables(paused.getId()))
                .containsEntry("hardDeadline", "2026-08-31")
                .containsEntry("consentLetterLink", "https://letters.example/host");
    }

    @Test
    void hqMayAccelerateAPhasePausedByTheHostsWithdrawalOfConsent() {
        imported(PHASED_OPERATION);
        driver.giveReadinessInputs(
                code, Map.of(DrawdownPhase.HOST_CONSENT, "WITHDRAWN", DrawdownPhase.CONSENT_NOTE, "Letter of 1 March"));
        refused(
                DrawdownPhase.TASK_DECIDE_PAUSED_PHASE,
                Map.of(DrawdownPhase.PAUSE_DECISION, "ACCELERATE", "hardDeadline", "2026-03-02"),
                "hardDeadline",
                "must be after today");

        driver.complete(
                code,
                DrawdownPhase.TASK_DECIDE_PAUSED_PHASE,
                Map.of(DrawdownPhase.PAUSE_DECISION, "ACCELERATE", "hardDeadline", "2026-09-30"));

        assertThat(escalations.openCount(code)).isZero();
        assertThat(calledPhase())
                .hasPassed(DrawdownPhase.TASK_DECIDE_PAUSED_PHASE)
                .isWaitingAt(DrawdownPhase.TASK_RECORD_ACCELERATED_RISK);
        driver.complete(code, DrawdownPhase.TASK_RECORD_ACCELERATED_RISK);
        driver.complete(code, DrawdownPhase.TASK_ACCEPT_ACCELERATED_RISK);
        assertThat(driver.task(code, DrawdownPhase.TASK_ASSESS_SITE_SECURITY).getDueDate())
                .isEqualTo(Date.from(Instant.parse("2026-09-30T00:00:00Z")));
        driver.complete(code, DrawdownPhase.TASK_ASSESS_SITE_SECURITY);
        refused(
                DrawdownPhase.TASK_RECORD_SITE_CLOSURE,
                Map.of(DrawdownPhase.SITE_CLOSED_ON, "2026-03-09"),
                DrawdownPhase.SITE_CLOSED_ON,
                "may not be in the future");
        driver.complete(
                code, DrawdownPhase.TASK_RECORD_SITE_CLOSURE, Map.of(DrawdownPhase.SITE_OUTCOME, "HANDED_OVER"));
        assertThat(drawdownReads.phases(code).get(0).sites().get(0).status()).isEqualTo("HANDED_OVER");
        assertThat(jdbc.sql("select consent_withdrawn_on from transition where operation_code = ?")
                        .param(code)
                        .query(String.class)
                        .single())
                .isEqualTo("2026-03-02");
    }

    private void consentMessage(Map<String, Object> variables) {
        engine.getRuntimeService()
                .createMessageCorrelation(MESSAGE_HOST_CONSENT_WITHDRAWN)
                .processInstanceBusinessKey(code)
                .setVariables(variables)
                .correlate();
        driver.runJobs(code);
    }

    // ---- closure ----

    /** A transition imported at closure, its mandate due to end on 2026-06-30. */
    static final String CLOSING_OPERATION =
            """
            {"format": "transition-portfolio/1", "operations": [{"code": "%1$s", "name": "Closing %1$s",
              "type": "PKO", "hostCountry": "XAR",
              "transition": {"trigger": "COUNCIL_DECISION", "startedOn": "2024-01-01", "stage": "CLOSURE",
                             "mandateEnd": "2026-06-30", "withdrawalDeadline": "2026-12-31"}}]}
            """;

    @Test
    void closureEndsTheMandateHandsEachResidualTaskOverAndRecordsTheWithdrawal() {
        ProcessInstance lifecycle = imported(CLOSING_OPERATION);
        assertThat(lifecycle).isWaitingAt(CALL_CLOSURE);
        var mandate = driver.task(code, Closure.TASK_RECORD_MANDATE_END);
        assertThat(groupsOf(mandate)).containsExactly("hq-task-force");
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
                        "Residual task handover: Human rights monitoring (" + code + ")",
                        "Residual task handover: Mine action (" + code + ")");
        assertThat(groupsOf(handovers.get(0))).containsExactly("rc-unct");
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
        assertThat(gap.getName()).isEqualTo("Financial cliff: Mine action (" + code + ")");
        assertThat(groupsOf(gap)).containsExactlyInAnyOrder("hq-task-force", "pbso");
        assertThat(escalations.open(code)).singleElement().satisfies(e -> {
            assertThat(e.kind()).isEqualTo("FINANCIAL_CLIFF");
            assertThat(e.reason()).isEqualTo("Residual task Mine action handed over to UNOPS is UNFUNDED");
        });
        driver.complete(code, Closure.TASK_ADDRESS_FUNDING_GAP, Map.of(Closure.GAP_DECISION, "BRIDGED"));
        assertThat(escalations.openCount(code)).isZero();
        assertThat(registry.find(code).orElseThrow().stage()).isEqualTo(Stage.CLOSURE);

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
        ProcessInstance lifecycle = imported(CLOSING_OPERATION);
        driver.complete(code, Closure.TASK_RECORD_MANDATE_END);
        driver.complete(code, Closure.TASK_LIST_RESIDUAL_TASK, Map.of(Closure.RESIDUAL_TASK_LISTING, "DONE"));

        assertThat(calledClosure())
                .hasPassed(Closure.GATEWAY_MORE_RESIDUAL_TASKS)
                .isWaitingAt(Closure.TASK_RECORD_WITHDRAWAL_COMPLETE);
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
        imported(CLOSING_OPERATION);
        driver.complete(code, Closure.TASK_RECORD_MANDATE_END);
        refused(
                Closure.TASK_LIST_RESIDUAL_TASK,
                Map.of(Closure.RESIDUAL_TASK_LISTING, "ADD", Closure.RESIDUAL_TITLE, ""),
                Closure.RESIDUAL_TITLE,
                "is required");
        refused(
                Closure.TASK_LIST_RESIDUAL_TASK,
                Map.of(Closure.RESIDUAL_TASK_LISTING, "ADD", Closure.RESIDUAL_ANNUAL_COST_USD, -1),
                Closure.RESIDUAL_ANNUAL_COST_USD,
                "must be at least 0");
        listResidualTask("Support to elections", "UNDP");
        driver.complete(code, Closure.TASK_LIST_RESIDUAL_TASK, Map.of(Closure.RESIDUAL_TASK_LISTING, "DONE"));

        refused(
                Closure.TASK_HAND_OVER_RESIDUAL_TASK,
                Map.of(Closure.CAPACITY_CONFIRMED, false),
                Closure.CAPACITY_CONFIRMED,
                "must be checked");
        refused(
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

    // ---- after the withdrawal: liquidation and 24 months of monitoring ----

    /** A transition that completed its withdrawal on 2026-01-15: in its 24 months of monitoring. */
    static final String WITHDRAWN_OPERATION =
            """
            {"format": "transition-portfolio/1", "operations": [{"code": "%1$s", "name": "Withdrawn %1$s",
              "type": "PKO", "hostCountry": "XAR",
              "transition": {"trigger": "COUNCIL_DECISION", "startedOn": "2024-01-01", "completedOn": "2026-01-15"}}]}
            """;

    static final Map<String, Object> CALM = Map.of(
            PostTransition.PROTECTION_INCIDENTS, "STABLE",
            PostTransition.POLITICAL_STABILITY, "STABLE",
            PostTransition.FUNDING_PERCENT, 80);

    @Test
    void aWithdrawnTransitionIsCheckedEveryQuarterAndARelapseRiskIsReferredToTheCouncil() {
        ProcessInstance lifecycle = imported(WITHDRAWN_OPERATION);
        assertThat(registry.find(code).orElseThrow().stage()).isEqualTo(Stage.POST_TRANSITION);
        assertThat(lifecycle).isWaitingAt(CALL_POST_TRANSITION_MONITORING, PostTransition.TASK_DISPOSE_ASSETS);
        assertThat(checkTimer().getDuedate())
                .as("a quarter after the withdrawal")
                .isEqualTo(Date.from(Instant.parse("2026-04-15T00:00:00Z")));

        nextQuarter();
        var check = driver.task(code, PostTransition.TASK_CHECK_RELAPSE);
        assertThat(check.getName()).isEqualTo(code + ": Check for signs of relapse: quarter 1 of 8");
        assertThat(groupsOf(check)).containsExactly("rc-unct");
        driver.complete(code, PostTransition.TASK_CHECK_RELAPSE, CALM);
        assertThat(escalations.openCount(code)).isZero();
        assertThat(checkTimer().getDuedate()).isEqualTo(Date.from(Instant.parse("2026-07-15T00:00:00Z")));

        nextQuarter();
        driver.complete(
                code,
                PostTransition.TASK_CHECK_RELAPSE,
                Map.of(
                        PostTransition.PROTECTION_INCIDENTS, "SHARPLY_RISING",
                        PostTransition.POLITICAL_STABILITY, "STABLE",
                        PostTransition.FUNDING_PERCENT, 40));
        var escalate = driver.task(code, PostTransition.TASK_ESCALATE_RELAPSE_RISK);
        assertThat(groupsOf(escalate)).containsExactlyInAnyOrder("hq-task-force", "pbso");
        assertThat(escalations.open(code)).singleElement().satisfies(e -> assertThat(e.reason())
                .isEqualTo("Risk of relapse: protection incidents are rising sharply; the country team is"
                        + " funded at 40% of its transition needs, below 50%"));
        driver.complete(
                code,
                PostTransition.TASK_ESCALATE_RELAPSE_RISK,
                Map.of(PostTransition.REFERRAL, "COUNCIL", PostTransition.REFERRAL_NOTE, "A briefing on the east"));

        assertThat(escalations.openCount(code)).isZero();
        assertThat(jdbc.sql("select quarter, relapse_risk, referral from relapse_check where operation_code = ?"
                                + " order by id")
                        .param(code)
                        .query((rs, n) -> rs.getInt(1) + " " + rs.getBoolean(2) + " " + rs.getString(3))
                        .list())
                .containsExactly("1 false null", "2 true COUNCIL");
        assertThat(monitoring())
                .hasPassed(PostTransition.GATEWAY_RELAPSE_RISK)
                .isWaitingAt(PostTransition.EVENT_CHECK_DUE);
    }

    @Test
    void aTransitionRunsFromItsAssessmentToCompletedTwentyFourMonthsAfterItsWithdrawal() {
        ProcessInstance lifecycle = planDrafted();
        driver.completePlanInputs(code, Map.of());
        driver.obtainPbcAdvice(code);
        driver.complete(code, JointTransitionPlanning.TASK_HOST_SIGNATURE);
        driver.complete(code, JointTransitionPlanning.TASK_MISSION_SIGNATURE);
        assertThat(registry.find(code).orElseThrow().stage()).isEqualTo(Stage.DRAWDOWN);
        driver.complete(code, TASK_RECORD_DRAWDOWN_ENDED);
        assertThat(registry.find(code).orElseThrow().stage()).isEqualTo(Stage.CLOSURE);
        driver.complete(code, Closure.TASK_RECORD_MANDATE_END);
        driver.complete(code, Closure.TASK_LIST_RESIDUAL_TASK, Map.of(Closure.RESIDUAL_TASK_LISTING, "DONE"));
        driver.complete(code, Closure.TASK_RECORD_WITHDRAWAL_COMPLETE, Map.of(Closure.COMPLETED_ON, "2026-03-02"));
        assertThat(registry.find(code).orElseThrow().stage()).isEqualTo(Stage.POST_TRANSITION);

        var report = driver.task(code, PostTransition.TASK_END_OF_MISSION_REPORT);
        assertThat(groupsOf(report)).containsExactly("hq-task-force");
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
            nextQuarter();
            driver.complete(code, PostTransition.TASK_CHECK_RELAPSE, CALM);
        }
        assertThat(registry.find(code).orElseThrow().stage())
                .as("21 months after the withdrawal")
                .isEqualTo(Stage.POST_TRANSITION);
        assertThat(checkTimer().getDuedate())
                .as("the end of the window")
                .isEqualTo(Date.from(Instant.parse("2028-03-02T00:00:00Z")));
        nextQuarter();

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

    private org.camunda.bpm.engine.runtime.Job checkTimer() {
        return engine.getManagementService()
                .createJobQuery()
                .tenantIdIn(code)
                .activityId(PostTransition.EVENT_CHECK_DUE)
                .singleResult();
    }

    /** The next check of the monitoring comes due, and runs. */
    private void nextQuarter() {
        ClockUtil.setCurrentTime(Date.from(checkTimer().getDuedate().toInstant().plusSeconds(60)));
        driver.runJobs(code);
    }

    private ProcessInstance monitoring() {
        return engine.getRuntimeService()
                .createProcessInstanceQuery()
                .processDefinitionKey(PostTransition.PROCESS_ID)
                .processInstanceBusinessKey(code)
                .singleResult();
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

    private ProcessInstance calledClosure() {
        return engine.getRuntimeService()
                .createProcessInstanceQuery()
                .processDefinitionKey(Closure.PROCESS_ID)
                .processInstanceBusinessKey(code)
                .singleResult();
    }

    /** The lifecycle's daily check of the drawdown's dates comes due, and runs. */
    private void checkDrawdown(ProcessInstance lifecycle) {
        var timer = engine.getManagementService()
                .createJobQuery()
                .processInstanceId(lifecycle.getId())
                .activityId(START_DRAWDOWN_CHECK_DUE)
                .singleResult();
        if (timer.getDuedate().after(ClockUtil.getCurrentTime())) {
            ClockUtil.setCurrentTime(timer.getDuedate());
        }
        engine.getManagementService().executeJob(timer.getId());
        driver.runJobs(code);
    }

    private long siteId(String name) {
        return jdbc.sql(
                        "select s.id from site s join phase p on p.id = s.phase_id where p.operation_code = ? and s.name = ?")
                .params(code, name)
                .query(Long.class)
                .single();
    }

    /**
     * Submitting the values to the open task of the activity is refused on the field, with the message
     * (none given: on the first field, whatever it is), and the task stays open.
     */
    private void refused(String activity, Map<String, Object> given, String field, String message) {
        var task = driver.task(code, activity);
        assertThat(task).as("open task %s", activity).isNotNull();
        Map<String, Object> values = new java.util.HashMap<>(given);
        if (field == null) {
            // every field left empty
            FormFiller.form(task.getCamundaFormRef().getKey()).keys().forEach(key -> values.put(key, null));
        }
        assertThatThrownBy(() -> driver.submit(code, task, values))
                .satisfies(e -> assertThat(InputRejectedException.findIn(e).errors())
                        .anySatisfy(error -> {
                            if (field != null) {
                                assertThat(error.path()).isEqualTo(field);
                                assertThat(error.message()).contains(message);
                            } else {
                                assertThat(error.message()).contains("is required");
                            }
                        }));
        assertThat(engine.getTaskService()
                        .createTaskQuery()
                        .taskId(task.getId())
                        .count())
                .as("%s stays open", activity)
                .isOne();
    }

    /** The drawdown-phase instance now running for the test operation. */
    private ProcessInstance calledPhase() {
        return engine.getRuntimeService()
                .createProcessInstanceQuery()
                .processDefinitionKey(DrawdownPhase.PROCESS_ID)
                .processInstanceBusinessKey(code)
                .singleResult();
    }

    private long phaseId(int seq) {
        return jdbc.sql("select id from phase where operation_code = ? and seq = ?")
                .params(code, seq)
                .query(Long.class)
                .single();
    }

    /** The day so many days after the engine's today, as a form gives it. */
    private static String inDays(int days) {
        return java.time.LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), java.time.ZoneOffset.UTC)
                .plusDays(days)
                .toString();
    }

    /** The day HQ chose has come: the paused phase's readiness is reviewed again. */
    private void reviewAgain(String operation) {
        var timer = engine.getManagementService()
                .createJobQuery()
                .activityId(DrawdownPhase.EVENT_REVIEW_AGAIN_DUE)
                .tenantIdIn(operation)
                .singleResult();
        ClockUtil.setCurrentTime(Date.from(timer.getDuedate().toInstant().plusSeconds(60)));
        driver.runJobs(operation);
    }

    private ProcessInstance imported(String document) {
        try {
            var result = portfolioImport.importDocument(json.readTree(document.formatted(code)), "hq-planner");
            driver.runJobs(code);
            return engine.getRuntimeService()
                    .createProcessInstanceQuery()
                    .processInstanceId(result.operations().get(0).processInstanceId())
                    .singleResult();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The activities the instance has passed through, in order; an ended one ends with its end event. */
    private List<String> passed(ProcessInstance instance) {
        return engine
                .getHistoryService()
                .createHistoricActivityInstanceQuery()
                .processInstanceId(instance.getId())
                .finished()
                .orderPartiallyByOccurrence()
                .asc()
                .list()
                .stream()
                .map(a -> a.getActivityId())
                .filter(id -> !id.endsWith("#multiInstanceBody"))
                .toList();
    }

    private org.camunda.bpm.engine.runtime.Job reviewTimer(ProcessInstance lifecycle) {
        return engine.getManagementService()
                .createJobQuery()
                .processInstanceId(lifecycle.getId())
                .activityId(START_REVIEW_PERIOD_ELAPSED)
                .singleResult();
    }

    /** Moves the clock to the next review, lets the timer fire and opens the review. */
    private ProcessInstance review(ProcessInstance lifecycle) {
        var timer = reviewTimer(lifecycle);
        ClockUtil.setCurrentTime(timer.getDuedate());
        engine.getManagementService().executeJob(timer.getId());
        driver.runJobs(code);
        // the latest review, running or (without benchmarks) already ended
        String id = engine.getHistoryService()
                .createHistoricProcessInstanceQuery()
                .processDefinitionKey(BenchmarkReview.PROCESS_ID)
                .processInstanceBusinessKey(code)
                .orderByProcessInstanceStartTime()
                .desc()
                .list()
                .get(0)
                .getId();
        var instance = new org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity();
        instance.setId(id);
        instance.setProcessInstanceId(id);
        return instance;
    }

    private void measure(String indicator, Map<String, Object> given) {
        driver.complete(code, driver.task(code, TASK_SUBMIT_MEASUREMENT, INDICATOR_CODE, indicator), given);
    }

    /** Measures every indicator of the test operation: valid values unless given. */
    private void measureAll(Map<String, Map<String, Object>> given) {
        Map<String, Map<String, Object>> defaults = Map.of(
                "B1.1", Map.of(MEASURED_NUMBER, 700),
                "B2.1", Map.of(MEASURED_TRUE, "true"),
                "B3.1", Map.of(MEASURED_NUMBER, 85),
                "B3.2", Map.of());
        defaults.forEach((indicator, values) -> measure(indicator, given.getOrDefault(indicator, values)));
    }

    private void reviewAll(String... benchmarkCodes) {
        for (String benchmark : benchmarkCodes) {
            driver.complete(code, driver.task(code, TASK_REVIEW_STATUS, BENCHMARK_CODE, benchmark), Map.of());
        }
    }

    private long reviewId(ProcessInstance review) {
        return (Long) engine.getHistoryService()
                .createHistoricVariableInstanceQuery()
                .processInstanceId(review.getId())
                .variableName(REVIEW_ID)
                .singleResult()
                .getValue();
    }

    private List<String> groupsOf(org.camunda.bpm.engine.task.Task task) {
        return engine.getTaskService().getIdentityLinksForTask(task.getId()).stream()
                .map(link -> link.getGroupId())
                .filter(java.util.Objects::nonNull)
                .sorted()
                .toList();
    }

    // ---- reports to the Security Council, and the Council's later decisions ----

    @Test
    void eachReportingPeriodHqDraftsFromLiveDataThePbcIsConsultedTheGenderAdviserReviewsAndEosgClears() {
        ProcessInstance lifecycle = imported(DRAWDOWN_OPERATION);
        assertThat(reportTimer(lifecycle).getDuedate())
                .as("every 90 days")
                .isEqualTo(Date.from(Instant.parse("2026-05-31T09:00:00Z")));
        openReport(lifecycle);

        var draft = driver.task(code, CouncilReporting.TASK_DRAFT_SECTION);
        assertThat(draft.getName()).isEqualTo(code + ": Draft the transition section of the report");
        assertThat(groupsOf(draft)).containsExactly("hq-task-force");
        assertThat(draft.getDueDate()).isEqualTo(Date.from(Instant.parse("2026-06-30T09:00:00Z")));
        assertThat((String) engine.getTaskService().getVariable(draft.getId(), CouncilReporting.TRANSITION_SECTION))
                .contains(
                        "Stage: DRAWDOWN.", "Benchmarks: B1 AT_RISK, B2 NO_DATA, B3 AT_RISK.", "Open escalations: 0.");
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
        assertThat(reportTimer(lifecycle).getDuedate()).isEqualTo(Date.from(Instant.parse("2026-08-29T09:00:00Z")));
    }

    @Test
    void aTerminationRecordedAfterTheReportTakesTheTransitionToClosure() {
        ProcessInstance lifecycle = imported(DRAWDOWN_OPERATION);
        openReport(lifecycle);
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
        ProcessInstance lifecycle = imported(DRAWDOWN_OPERATION);
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

    private org.camunda.bpm.engine.runtime.Job reportTimer(ProcessInstance lifecycle) {
        return engine.getManagementService()
                .createJobQuery()
                .processInstanceId(lifecycle.getId())
                .activityId(START_REPORTING_PERIOD_ELAPSED)
                .singleResult();
    }

    /** Moves the clock to the next report, lets the timer fire and opens the report. */
    private void openReport(ProcessInstance lifecycle) {
        var timer = reportTimer(lifecycle);
        ClockUtil.setCurrentTime(timer.getDuedate());
        engine.getManagementService().executeJob(timer.getId());
        driver.runJobs(code);
    }

    private void mandateMessage(Map<String, Object> variables) {
        engine.getRuntimeService()
                .createMessageCorrelation(MESSAGE_MANDATE_DECISION)
                .processInstanceBusinessKey(code)
                .setVariables(variables)
                .correlate();
    }

    // ---- the Peacebuilding Commission's advice before the plan is signed ----

    @Test
    void thePlanGoesToItsSignatoriesOnlyOnceThePbcAdviceIsOnRecord() {
        planDrafted();
        driver.completePlanInputs(code, Map.of());

        var prepare = driver.task(code, PbcConsultation.TASK_PREPARE_REQUEST);
        assertThat(prepare.getName()).isEqualTo(code + ": Prepare the request for advice");
        assertThat(groupsOf(prepare)).containsExactly("pbso");
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
        planDrafted();
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
        planDrafted();
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
        assertThat(groupsOf(chase)).containsExactly("hq-task-force", "pbso");
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

    /** A lifecycle that the Council let proceed, with the first draft of the plan written. */
    private ProcessInstance planDrafted() {
        ProcessInstance lifecycle = driver.startLifecycle(code);
        driver.clearAssessment(code);
        driver.complete(code, TASK_RECORD_COUNCIL_DECISION, Map.of(COUNCIL_OUTCOME, "PROCEED"));
        driver.complete(code, JointTransitionPlanning.TASK_DRAFT_TRANSITION_PLAN);
        return lifecycle;
    }
}
