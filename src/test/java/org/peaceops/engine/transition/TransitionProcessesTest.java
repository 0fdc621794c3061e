package org.peaceops.engine.transition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.peaceops.engine.assessment.StrategicAssessment.*;
import static org.peaceops.engine.transition.TransitionLifecycle.*;

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
import org.peaceops.engine.planning.JointTransitionPlanning;
import org.peaceops.engine.planning.PlanningRecords;
import org.peaceops.engine.platform.InputRejectedException;
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
    org.peaceops.engine.portfolio.PortfolioReads portfolio;

    @Autowired
    JdbcClient jdbc;

    /** Form fields that steer the process rather than record a decision: read by a gateway, not stored. */
    private static final Set<String> STEERING = Set.of(JointTransitionPlanning.MORE_RISKS);

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
        driver.complete(
                planned,
                JointTransitionPlanning.TASK_HOST_SIGNATURE,
                Map.of(JointTransitionPlanning.SIGNATURE_DECISION, "REFUSE"));
        driver.complete(planned, JointTransitionPlanning.TASK_MISSION_SIGNATURE);

        Set<String> keysSubmitted = new TreeSet<>();
        for (String operation : List.of(terminated, planned)) {
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
        var host = driver.complete(code, JointTransitionPlanning.TASK_HOST_SIGNATURE);
        var mission = driver.complete(code, JointTransitionPlanning.TASK_MISSION_SIGNATURE);

        assertThat(lifecycle).isEnded().hasPassed(TASK_ENTER_DRAWDOWN_STAGE, END_PLAN_SIGNED);
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
        assertThat(planning.openEscalations(code)).isZero();
        var communities = driver.submitted(code, "form-consult-communities-on-plan");
        assertThat(assessments.consultations(code))
                .filteredOn(c -> "PLANNING".equals(c.stage()))
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
        assertThat(portfolio.risks(code))
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
        assertThat(planning.openEscalations(code)).isOne();
        assertThat(driver.task(code, JointTransitionPlanning.TASK_HOST_SIGNATURE))
                .as("nobody signs before the cliff is dealt with")
                .isNull();

        driver.complete(code, JointTransitionPlanning.TASK_ESCALATE_FINANCIAL_CLIFF);

        assertThat(planning.openEscalations(code)).isZero();
        assertThat(driver.task(code, JointTransitionPlanning.TASK_HOST_SIGNATURE))
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
        assertThat(planning.openEscalations(code)).isZero();
        assertThat(driver.task(code, JointTransitionPlanning.TASK_HOST_SIGNATURE))
                .isNotNull();
    }

    @Test
    void aRefusedSignatureReturnsThePlanToTheDraftersWithItsReasons() {
        ProcessInstance lifecycle = planDrafted();
        driver.completePlanInputs(code, Map.of());

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

        assertThat(lifecycle).isEnded();
        assertThat(planning.latestPlan(code).orElseThrow())
                .extracting(PlanningRecords.PlanRecord::version, PlanningRecords.PlanRecord::status)
                .containsExactly(2, "SIGNED");
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
