package org.peaceops.engine.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.peaceops.engine.Timers.inDays;
import static org.peaceops.engine.Transitions.CLOSING_OPERATION;
import static org.peaceops.engine.Transitions.DRAWDOWN_OPERATION;
import static org.peaceops.engine.Transitions.LATE_OPERATION;
import static org.peaceops.engine.Transitions.PHASED_OPERATION;
import static org.peaceops.engine.assessment.StrategicAssessment.*;
import static org.peaceops.engine.lifecycle.TransitionLifecycle.*;
import static org.peaceops.engine.review.BenchmarkReview.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.spin.Spin;
import org.camunda.spin.json.SpinJsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peaceops.engine.FormFiller;
import org.peaceops.engine.ProcessDriver;
import org.peaceops.engine.ProcessTest;
import org.peaceops.engine.Timers;
import org.peaceops.engine.Transitions;
import org.peaceops.engine.closure.Closure;
import org.peaceops.engine.drawdown.DrawdownAlert;
import org.peaceops.engine.drawdown.DrawdownPhase;
import org.peaceops.engine.monitoring.PostTransition;
import org.peaceops.engine.pbc.PbcConsultation;
import org.peaceops.engine.planning.JointTransitionPlanning;
import org.peaceops.engine.reporting.CouncilReporting;
import org.peaceops.engine.ruleoflaw.RuleOfLawHandovers;
import org.peaceops.engine.staffing.OperationStaffing;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every BPMN of processes/, worked through every form of forms/: whatever a user enters in any form is
 * kept in the project's tables. On the way it takes a few paths no other process test takes (the
 * PBC's late advice chased before it arrives).
 */
@ProcessTest
class FormValuesProcessTest {

    @Autowired
    ProcessEngine engine;

    @Autowired
    ProcessDriver driver;

    @Autowired
    Transitions transitions;

    @Autowired
    Timers timers;

    /** Form fields that steer the process rather than record a decision: read by a gateway, not stored. */
    private static final Set<String> STEERING = Set.of(
            JointTransitionPlanning.MORE_RISKS,
            JointTransitionPlanning.RULE_OF_LAW_ENTRY,
            JointTransitionPlanning.MORE_RULE_OF_LAW_FUNCTIONS,
            JointTransitionPlanning.BENCHMARKS_SOURCE,
            JointTransitionPlanning.MORE_BENCHMARKS,
            NEW_MEASUREMENT,
            DrawdownPhase.ANOTHER_LESSON,
            Closure.RESIDUAL_TASK_LISTING);

    @Autowired
    RuleOfLawHandovers ruleOfLaw;

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
    void everyValueEnteredInAnyFormIsKeptInTheProjectsTables() throws Exception {
        // one operation the Council terminates, after a returned assessment ...
        String terminated = code;
        driver.startLifecycle(terminated);
        driver.complete(terminated, OperationStaffing.TASK_STAFF_OPERATION, onePersonPerGroup());
        driver.complete(terminated, TASK_DRAFT_TERMS_OF_REFERENCE);
        driver.completeAnalysesAndConsultations(terminated);
        driver.complete(terminated, TASK_DRAFT_OPTIONS);
        driver.complete(terminated, TASK_EOSG_CLEARANCE, Map.of(EOSG_DECISION, "RETURN"));
        driver.complete(terminated, TASK_DRAFT_OPTIONS);
        driver.complete(terminated, TASK_EOSG_CLEARANCE, Map.of(EOSG_DECISION, "CLEAR"));
        driver.complete(terminated, TASK_RECORD_COUNCIL_DECISION, Map.of(COUNCIL_OUTCOME, "TERMINATE"));
        // ... and one that plans through a financial cliff, an adopted POC plan, two rule-of-law functions, two
        // benchmarks, the roles matrix, the regional organisations' role and a refused signature
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
                JointTransitionPlanning.TASK_MAP_RULE_OF_LAW,
                Map.of(JointTransitionPlanning.MORE_RULE_OF_LAW_FUNCTIONS, true));
        driver.complete(planned, JointTransitionPlanning.TASK_MAP_RULE_OF_LAW);
        driver.complete(
                planned,
                JointTransitionPlanning.TASK_DEFINE_BENCHMARKS,
                Map.of(JointTransitionPlanning.MORE_BENCHMARKS, true));
        driver.completePlanSubstance(planned);
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
        ProcessInstance lifecycle = transitions.imported(code, DRAWDOWN_OPERATION);
        timers.review(code, lifecycle);
        transitions.measure(code, "B2.1", Map.of(MEASURED_TRUE, "true"));
        transitions.measure(code, "B3.1", Map.of(MEASURED_NUMBER, 10, MEASURED_ON, "2026-05-01"));
        transitions.measure(code, "B3.2", Map.of(NEW_MEASUREMENT, "NONE"));
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
        transitions.measure(code, "B1.1", Map.of(MEASURED_NUMBER, 100));
        transitions.reviewAll(code, "B1", "B2", "B3");
        driver.complete(
                reviewed,
                driver.task(reviewed, TASK_ASSESS_SLIPPED_CONDITION, BENCHMARK_CODE, "B1"),
                Map.of(SLIP_RECOMMENDATION, "ACCEPT_RISK"));
        driver.complete(
                reviewed,
                driver.task(reviewed, TASK_DECIDE_ON_SLIPPED_CONDITION, BENCHMARK_CODE, "B1"),
                Map.of(SLIP_DECISION, "ACCEPT_RISK", RISK_IMPACT, "MEDIUM"));
        driver.complete(
                reviewed,
                driver.task(reviewed, TASK_ASSESS_SLIPPED_CONDITION, BENCHMARK_CODE, "B3"),
                Map.of(SLIP_RECOMMENDATION, "REQUEST_REASSESSMENT"));
        driver.complete(
                reviewed,
                driver.task(reviewed, TASK_DECIDE_ON_SLIPPED_CONDITION, BENCHMARK_CODE, "B3"),
                Map.of(SLIP_DECISION, "REQUEST_REASSESSMENT"));
        timers.review(code, lifecycle);
        transitions.measureAll(code, Map.of("B3.2", Map.of(MEASURED_DATE, "2026-08-30")));
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
        timers.reviewAgain(reviewed);
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
        ProcessInstance reporting = transitions.imported(code, DRAWDOWN_OPERATION);
        timers.openReport(code, reporting);
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
        timers.checkDrawdown(code, transitions.imported(code, LATE_OPERATION));
        driver.complete(
                late,
                driver.task(late, DrawdownAlert.TASK_RESOLVE_OVERDUE_SITE, DrawdownPhase.SITE_NAME, "Minembwe"),
                Map.of(DrawdownAlert.SITE_RESOLUTION, "RESCHEDULE"));
        driver.complete(
                late,
                driver.task(late, DrawdownAlert.TASK_RESOLVE_OVERDUE_SITE, DrawdownPhase.SITE_NAME, "Baraka"),
                Map.of(DrawdownAlert.SITE_RESOLUTION, "ALREADY_CLOSED"));
        // headquarters return mission leadership's first answer (with what to reconsider), endorse the second
        driver.complete(late, DrawdownAlert.TASK_RESOLVE_OVERRUNNING_PHASE);
        driver.complete(
                late,
                org.peaceops.engine.drawdown.OverrunEndorsements.TASK_ENDORSE_REVISED_END,
                Map.of(org.peaceops.engine.drawdown.OverrunEndorsements.OVERRUN_ENDORSEMENT, "RETURN"));
        driver.complete(late, DrawdownAlert.TASK_RESOLVE_OVERRUNNING_PHASE);
        driver.complete(
                late,
                org.peaceops.engine.drawdown.OverrunEndorsements.TASK_ENDORSE_REVISED_END,
                Map.of(org.peaceops.engine.drawdown.OverrunEndorsements.OVERRUN_ENDORSEMENT, "ENDORSE"));
        // ... and one whose host withdraws consent at a gate: accelerated, its site handed over
        String accelerated = terminated + "-W";
        code = accelerated;
        transitions.imported(code, PHASED_OPERATION);
        driver.giveReadinessInputs(accelerated, Map.of(DrawdownPhase.HOST_CONSENT, "WITHDRAWN"));
        driver.complete(
                accelerated,
                DrawdownPhase.TASK_DECIDE_PAUSED_PHASE,
                Map.of(DrawdownPhase.PAUSE_DECISION, "ACCELERATE"));
        for (String area : List.of("POLICE", "JUSTICE")) {
            ruleOfLaw.map(
                    accelerated,
                    new RuleOfLawHandovers.Mapping(
                            area,
                            area + " function",
                            "NATIONAL_INSTITUTION",
                            "Ministry",
                            "READY",
                            null,
                            "FUNDED",
                            null,
                            1),
                    null);
        }
        driver.complete(accelerated, DrawdownPhase.TASK_RECORD_ACCELERATED_RISK);
        driver.complete(accelerated, DrawdownPhase.TASK_ACCEPT_ACCELERATED_RISK);
        driver.complete(accelerated, DrawdownPhase.TASK_ANALYSE_ACCELERATED_GENDER);
        driver.complete(accelerated, DrawdownPhase.TASK_CHECK_POC_THREATS);
        driver.complete(accelerated, DrawdownPhase.TASK_RECORD_SITE_ENVIRONMENT);
        driver.complete(accelerated, DrawdownPhase.TASK_ASSESS_SITE_SECURITY);
        driver.complete(
                accelerated,
                DrawdownPhase.TASK_SCREEN_SITE_RECEIVING_UNIT,
                Map.of(DrawdownPhase.HRDDP_DECISION, DrawdownPhase.WITHHOLD));
        driver.complete(
                accelerated,
                DrawdownPhase.TASK_DECIDE_WITHHELD_SITE_HANDOVER,
                Map.of(DrawdownPhase.WITHHELD_DECISION, DrawdownPhase.ANOTHER_UNIT));
        driver.complete(
                accelerated,
                DrawdownPhase.TASK_SCREEN_SITE_RECEIVING_UNIT,
                Map.of(DrawdownPhase.HRDDP_DECISION, DrawdownPhase.SUPPORT_WITH_CONDITIONS));
        driver.complete(
                accelerated, DrawdownPhase.TASK_RECORD_SITE_CLOSURE, Map.of(DrawdownPhase.SITE_OUTCOME, "HANDED_OVER"));
        driver.complete(accelerated, DrawdownPhase.TASK_SCREEN_RULE_OF_LAW_RECEIVER);
        driver.complete(
                accelerated,
                driver.task(
                        accelerated,
                        DrawdownPhase.TASK_HAND_OVER_RULE_OF_LAW_FUNCTION,
                        DrawdownPhase.RULE_OF_LAW_FUNCTION,
                        "POLICE function"),
                Map.of());
        driver.complete(
                accelerated,
                DrawdownPhase.TASK_HAND_OVER_RULE_OF_LAW_FUNCTION,
                Map.of(DrawdownPhase.RULE_OF_LAW_OUTCOME, "WITHHELD"));
        // ... and one that closes: a residual task partly funded, its gap accepted
        String closed = terminated + "-Z";
        code = closed;
        transitions.imported(code, CLOSING_OPERATION);
        driver.complete(closed, Closure.TASK_RECORD_MANDATE_END);
        driver.complete(closed, Closure.TASK_LIST_RESIDUAL_TASK, Map.of(Closure.RESIDUAL_TASK_LISTING, "ADD"));
        driver.complete(closed, Closure.TASK_LIST_RESIDUAL_TASK, Map.of(Closure.RESIDUAL_TASK_LISTING, "DONE"));
        driver.complete(
                closed, Closure.TASK_HAND_OVER_RESIDUAL_TASK, Map.of(Closure.RESIDUAL_FUNDING, "PARTLY_FUNDED"));
        driver.complete(closed, Closure.TASK_ADDRESS_FUNDING_GAP, Map.of(Closure.GAP_DECISION, "ACCEPTED_GAP"));
        driver.complete(closed, Closure.TASK_RECORD_TRANSITION_LESSON);
        driver.complete(closed, Closure.TASK_RECORD_WITHDRAWAL_COMPLETE);
        driver.complete(closed, PostTransition.TASK_DISPOSE_ASSETS);
        driver.complete(closed, PostTransition.TASK_TRANSFER_ARCHIVES);
        driver.complete(closed, PostTransition.TASK_END_OF_MISSION_REPORT);
        timers.nextQuarter(code);
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
                    if (value instanceof SpinJsonNode list && list.isArray()) {
                        // a tag list: each person chosen is stored
                        list.elements().forEach(person -> assertThat(stored)
                                .as("%s of %s is stored", key, submission.formId())
                                .contains(person.stringValue()));
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

    /** For each staffed group, a person of that group in the directory. */
    private Map<String, Object> onePersonPerGroup() {
        Map<String, Object> staff = new java.util.HashMap<>();
        for (var group : OperationStaffing.STAFFED_GROUPS) {
            String id = group.id() + "-" + code.toLowerCase();
            var user = engine.getIdentityService().newUser(id);
            engine.getIdentityService().saveUser(user);
            engine.getIdentityService().createMembership(id, group.id());
            staff.put(OperationStaffing.staffKey(group), Spin.JSON("[\"" + id + "\"]"));
        }
        return staff;
    }
}
