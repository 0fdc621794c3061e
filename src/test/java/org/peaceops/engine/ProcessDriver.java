package org.peaceops.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.peaceops.engine.assessment.StrategicAssessment;
import org.peaceops.engine.drawdown.DrawdownPhase;
import org.peaceops.engine.lifecycle.TransitionLifecycle;
import org.peaceops.engine.pbc.PbcConsultation;
import org.peaceops.engine.planning.JointTransitionPlanning;
import org.peaceops.engine.shared.InputRejectedException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Works the processes through their forms, as staff would in Tasklist (submit-form), and runs the
 * jobs that the job executor would run.
 */
public class ProcessDriver {

    private final ProcessEngine engine;
    private final FormFiller forms;
    private final JdbcClient jdbc;
    private final Map<String, List<Submission>> submissions = new HashMap<>();

    public ProcessDriver(ProcessEngine engine, FormFiller forms, JdbcClient jdbc) {
        this.engine = engine;
        this.forms = forms;
        this.jdbc = jdbc;
    }

    public ProcessInstance startLifecycle(String operationCode) {
        return startLifecycle(operationCode, Map.of());
    }

    /** A lifecycle started from its start form with these values, the rest filled in as a planner would. */
    public ProcessInstance startLifecycle(String operationCode, Map<String, Object> given) {
        String definitionId = engine.getRepositoryService()
                .createProcessDefinitionQuery()
                .processDefinitionKey(TransitionLifecycle.PROCESS_ID)
                .latestVersion()
                .singleResult()
                .getId();
        Map<String, Object> start = new HashMap<>(given);
        start.put(TransitionLifecycle.OPERATION_CODE, operationCode);
        Map<String, Object> values = forms.fill(TransitionLifecycle.FORM_START_TRANSITION, start);
        record(operationCode, TransitionLifecycle.FORM_START_TRANSITION, values);
        ProcessInstance started = engine.getFormService().submitStartForm(definitionId, values);
        // the operation is opened in a job after the start (Task_OpenOperation), as the job executor would
        runJobs(operationCode);
        return started;
    }

    /** The id of the operation's lifecycle instance. */
    public String startedLifecycle(String operationCode) {
        return engine.getRuntimeService()
                .createProcessInstanceQuery()
                .processInstanceBusinessKey(operationCode)
                .processDefinitionKey(TransitionLifecycle.PROCESS_ID)
                .singleResult()
                .getId();
    }

    /** The open task of the operation with this activity id. */
    public Task task(String operationCode, String taskDefinitionKey) {
        return engine.getTaskService()
                .createTaskQuery()
                .processInstanceBusinessKey(operationCode)
                .taskDefinitionKey(taskDefinitionKey)
                .initializeFormKeys()
                .singleResult();
    }

    /** Completes the task through its form, filled with valid values and then the given ones. */
    public Map<String, Object> complete(String operationCode, String taskDefinitionKey, Map<String, Object> given) {
        Map<String, Object> values = submit(operationCode, taskDefinitionKey, given);
        runJobs(operationCode);
        return values;
    }

    /** Submits the task's form and leaves the jobs it creates for the caller to run. */
    public Map<String, Object> submit(String operationCode, String taskDefinitionKey, Map<String, Object> given) {
        Task task = task(operationCode, taskDefinitionKey);
        assertThat(task)
                .as("open task %s of %s", taskDefinitionKey, operationCode)
                .isNotNull();
        return submit(operationCode, task, given);
    }

    /** Submits this task's form (one of several open tasks of the same activity; form keys initialized). */
    public Map<String, Object> submit(String operationCode, Task task, Map<String, Object> given) {
        String formId = task.getCamundaFormRef().getKey();
        Map<String, Object> values =
                forms.fill(formId, given, engine.getTaskService().getVariables(task.getId()));
        record(operationCode, formId, values);
        engine.getFormService().submitTaskForm(task.getId(), values);
        return values;
    }

    /** The open task of this activity whose execution holds the variable with this value. */
    public Task task(String operationCode, String taskDefinitionKey, String variable, Object value) {
        return engine
                .getTaskService()
                .createTaskQuery()
                .processInstanceBusinessKey(operationCode)
                .taskDefinitionKey(taskDefinitionKey)
                .initializeFormKeys()
                .list()
                .stream()
                .filter(task -> value.equals(engine.getTaskService().getVariable(task.getId(), variable)))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no open task " + taskDefinitionKey + " of " + operationCode
                        + " with " + variable + " " + value));
    }

    /** Completes that task through its form, then runs the jobs. */
    public Map<String, Object> complete(String operationCode, Task task, Map<String, Object> given) {
        Map<String, Object> values = submit(operationCode, task, given);
        runJobs(operationCode);
        return values;
    }

    public Map<String, Object> complete(String operationCode, String taskDefinitionKey) {
        return complete(operationCode, taskDefinitionKey, Map.of());
    }

    /** What the last completion of this form submitted for the operation. */
    public Map<String, Object> submitted(String operationCode, String formId) {
        return submissions(operationCode).stream()
                .filter(s -> s.formId().equals(formId))
                .reduce((first, second) -> second)
                .map(Submission::values)
                .orElse(null);
    }

    /** Every form submitted for the operation, in order. */
    public List<Submission> submissions(String operationCode) {
        return submissions.getOrDefault(operationCode, List.of());
    }

    private void record(String operationCode, String formId, Map<String, Object> values) {
        submissions
                .computeIfAbsent(operationCode, k -> new java.util.ArrayList<>())
                .add(new Submission(formId, values));
    }

    public record Submission(String formId, Map<String, Object> values) {}

    /**
     * Runs the operation's jobs that are due on the engine's clock until none is left (failing jobs
     * stay for the caller; timers not yet due wait for the clock).
     */
    public void runJobs(String operationCode) {
        for (int round = 0; round < 50; round++) {
            List<Job> jobs = engine.getManagementService()
                    .createJobQuery()
                    .tenantIdIn(operationCode)
                    .executable()
                    .list();
            if (jobs.isEmpty()) {
                return;
            }
            jobs.forEach(job -> engine.getManagementService().executeJob(job.getId()));
        }
        throw new AssertionError("jobs of " + operationCode + " keep coming");
    }

    /** Works the strategic assessment from terms of reference to the Executive Office's clearance. */
    public void clearAssessment(String operationCode) {
        complete(operationCode, StrategicAssessment.TASK_DRAFT_TERMS_OF_REFERENCE);
        completeAnalysesAndConsultations(operationCode);
        complete(operationCode, StrategicAssessment.TASK_DRAFT_OPTIONS);
        complete(
                operationCode,
                StrategicAssessment.TASK_EOSG_CLEARANCE,
                Map.of(StrategicAssessment.EOSG_DECISION, "CLEAR"));
    }

    /** Completes the eight analyses and consultations that run side by side. */
    public void completeAnalysesAndConsultations(String operationCode) {
        for (String task : List.of(
                StrategicAssessment.TASK_CONFLICT_ANALYSIS,
                StrategicAssessment.TASK_POC_THREAT_ASSESSMENT,
                StrategicAssessment.TASK_GENDER_ANALYSIS,
                StrategicAssessment.TASK_HUMAN_RIGHTS_ANALYSIS,
                StrategicAssessment.TASK_CONSULT_HOST_GOVERNMENT,
                StrategicAssessment.TASK_CONSULT_RC_UNCT,
                StrategicAssessment.TASK_CONSULT_CIVIL_SOCIETY,
                StrategicAssessment.TASK_CONSULT_REGIONAL_ORGANISATIONS)) {
            complete(operationCode, task);
        }
    }

    /**
     * Works joint planning through to the plan signed by both parties, without a financial cliff; the
     * PBC's advice is sought unless the plan already has it.
     */
    public void signPlan(String operationCode) {
        complete(operationCode, JointTransitionPlanning.TASK_DRAFT_TRANSITION_PLAN);
        completePlanInputs(operationCode, Map.of());
        if (task(operationCode, PbcConsultation.TASK_PREPARE_REQUEST) != null) {
            obtainPbcAdvice(operationCode);
        }
        complete(operationCode, JointTransitionPlanning.TASK_HOST_SIGNATURE);
        complete(operationCode, JointTransitionPlanning.TASK_MISSION_SIGNATURE);
    }

    /**
     * Completes the risk identification (one risk), the community consultation, the capacity mapping, the financing strategy, the POC plan,
     * the gender review and the rule-of-law mapping (one function), then what the substance check finds missing.
     */
    public void completePlanInputs(String operationCode, Map<String, Object> financing) {
        complete(operationCode, JointTransitionPlanning.TASK_IDENTIFY_RISKS);
        complete(operationCode, JointTransitionPlanning.TASK_CONSULT_COMMUNITIES);
        complete(operationCode, JointTransitionPlanning.TASK_MAP_UNCT_CAPACITY);
        complete(operationCode, JointTransitionPlanning.TASK_DRAFT_FINANCING_STRATEGY, financing);
        complete(operationCode, JointTransitionPlanning.TASK_RECORD_NATIONAL_POC_PLAN);
        complete(operationCode, JointTransitionPlanning.TASK_GENDER_REVIEW);
        complete(operationCode, JointTransitionPlanning.TASK_MAP_RULE_OF_LAW);
        completePlanSubstance(operationCode);
    }

    /**
     * Adds what the substance check found missing before the signatures, once it has run: a benchmark
     * with its first indicator (when the operation has none), the roles matrix, the regional
     * organisations' role. Nothing while the check has not run (a financial cliff still open).
     */
    public void completePlanSubstance(String operationCode) {
        for (String activity : List.of(
                JointTransitionPlanning.TASK_DEFINE_BENCHMARKS,
                JointTransitionPlanning.TASK_RECORD_ROLES_MATRIX,
                JointTransitionPlanning.TASK_CONSULT_REGIONAL_ORGANISATIONS)) {
            if (task(operationCode, activity) != null) {
                complete(operationCode, activity);
            }
        }
    }

    /** PBSO prepares the request, schedules the meeting and records the Commission's written advice. */
    public void obtainPbcAdvice(String operationCode) {
        complete(operationCode, PbcConsultation.TASK_PREPARE_REQUEST);
        complete(operationCode, PbcConsultation.TASK_SCHEDULE_MEETING);
        complete(operationCode, PbcConsultation.TASK_RECORD_ADVICE);
    }

    /** The readiness inputs of the operation's current phase, all of them for a phase that may proceed. */
    public static final Map<String, Object> READY = Map.of(
            DrawdownPhase.SECURITY_RISK_LEVEL, "LOW",
            DrawdownPhase.HOST_CONSENT, "CONFIRMED",
            DrawdownPhase.NATIONAL_POC_PLAN_STATUS, "ADOPTED",
            DrawdownPhase.UNCT_FUNDING_PERCENT, 80);

    /**
     * UNDSS, the gender adviser and the transition cell give the phase's readiness inputs: those
     * given, else those of a phase that may proceed.
     */
    public void giveReadinessInputs(String operationCode, Map<String, Object> given) {
        Map<String, Object> inputs = new java.util.HashMap<>(READY);
        inputs.putAll(given);
        complete(operationCode, DrawdownPhase.TASK_ASSESS_SECURITY, inputs);
        complete(operationCode, DrawdownPhase.TASK_ANALYSE_GENDER, inputs);
        complete(operationCode, DrawdownPhase.TASK_CONFIRM_CONDITIONS, inputs);
    }

    /**
     * Every open site of the current phase is checked, cleared, planned for, its receiving unit screened
     * (support given) and its handover certified.
     */
    public void handOverSites(String operationCode) {
        for (String activity : List.of(
                DrawdownPhase.TASK_CHECK_POC_THREATS,
                DrawdownPhase.TASK_CLEAR_ENVIRONMENT,
                DrawdownPhase.TASK_PLAN_ASSET_DISPOSAL,
                DrawdownPhase.TASK_SCREEN_SITE_RECEIVING_UNIT,
                DrawdownPhase.TASK_CERTIFY_HANDOVER)) {
            for (Task task : tasks(operationCode, activity)) {
                complete(operationCode, task, Map.of());
            }
        }
    }

    /**
     * The rule-of-law functions due in the current phase are handed over: each national institution
     * that needs it screened (support given), then each function handed over with the receiver's
     * confirmation.
     */
    public void handOverRuleOfLawFunctions(String operationCode) {
        for (String activity : List.of(
                DrawdownPhase.TASK_SCREEN_RULE_OF_LAW_RECEIVER, DrawdownPhase.TASK_HAND_OVER_RULE_OF_LAW_FUNCTION)) {
            for (Task task : tasks(operationCode, activity)) {
                complete(operationCode, task, Map.of());
            }
        }
    }

    /**
     * The current phase hands its sites and its rule-of-law functions over and ends: repatriation, one
     * lesson, its end recorded.
     */
    public void endPhase(String operationCode) {
        handOverSites(operationCode);
        handOverRuleOfLawFunctions(operationCode);
        complete(operationCode, DrawdownPhase.TASK_REPATRIATE);
        complete(operationCode, DrawdownPhase.TASK_RECORD_LESSON, Map.of(DrawdownPhase.ANOTHER_LESSON, false));
        complete(operationCode, DrawdownPhase.TASK_RECORD_PHASE_ENDED);
    }

    /** Every open task of the operation with this activity id (form keys initialized). */
    public List<Task> tasks(String operationCode, String taskDefinitionKey) {
        return engine.getTaskService()
                .createTaskQuery()
                .processInstanceBusinessKey(operationCode)
                .taskDefinitionKey(taskDefinitionKey)
                .initializeFormKeys()
                .list();
    }

    /** The groups that may work the task, in alphabetical order. */
    public List<String> groupsOf(Task task) {
        return engine.getTaskService().getIdentityLinksForTask(task.getId()).stream()
                .map(link -> link.getGroupId())
                .filter(java.util.Objects::nonNull)
                .sorted()
                .toList();
    }

    /** The running instance of this process for the operation (one at a time). */
    public ProcessInstance called(String processDefinitionKey, String operationCode) {
        return engine.getRuntimeService()
                .createProcessInstanceQuery()
                .processDefinitionKey(processDefinitionKey)
                .processInstanceBusinessKey(operationCode)
                .singleResult();
    }

    /**
     * Submitting the values to the open task of the activity is refused on the field, with the message
     * (none given: on the first field, whatever it is), and the task stays open.
     */
    public void refused(
            String operationCode, String activity, Map<String, Object> given, String field, String message) {
        var task = task(operationCode, activity);
        assertThat(task).as("open task %s", activity).isNotNull();
        refused(operationCode, task, given, field, message);
    }

    /** As {@link #refused(String, String, Map, String, String)}, for one of several open tasks of an activity. */
    public void refused(String operationCode, Task task, Map<String, Object> given, String field, String message) {
        String activity = task.getTaskDefinitionKey();
        Map<String, Object> values = new HashMap<>(given);
        if (field == null) {
            // every field left empty
            FormFiller.form(task.getCamundaFormRef().getKey()).keys().forEach(key -> values.put(key, null));
        }
        assertThatThrownBy(() -> submit(operationCode, task, values))
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

    /** Every value stored in the project's tables for the operation, as text. */
    public List<String> storedValues(String operationCode) {
        List<String> values = new java.util.ArrayList<>();
        List<String> queries = new java.util.ArrayList<>();
        for (String table : List.of(
                "assessment_record",
                "consultation",
                "resolution",
                "transition",
                "transition_plan",
                "national_poc_plan",
                "financing_strategy",
                "escalation",
                "planning_record",
                "risk",
                "phase",
                "pbc_advice",
                "council_report",
                "lesson",
                "residual_task",
                "liquidation_record",
                "relapse_check",
                "staff_change",
                "rule_of_law_handover",
                "plan_role",
                "regional_role",
                "benchmark",
                "indicator",
                "hrddp_screening",
                "phase_overrun_answer")) {
            queries.add("select * from " + table + " where operation_code = ?");
        }
        // tables that reach their operation through another
        queries.add(
                "select m.* from measurement m join indicator i on i.id = m.indicator_id where i.operation_code = ?");
        queries.add("select r.* from benchmark_rating r join benchmark_review v on v.id = r.review_id"
                + " where v.operation_code = ?");
        queries.add("select g.* from measurement_gap g join benchmark_review v on v.id = g.review_id"
                + " where v.operation_code = ?");
        queries.add("select s.* from council_report_step s join council_report r on r.id = s.report_id"
                + " where r.operation_code = ?");
        queries.add("select s.* from site s join phase p on p.id = s.phase_id where p.operation_code = ?");
        queries.add("select r.* from phase_record r join phase p on p.id = r.phase_id where p.operation_code = ?");
        queries.add("select r.* from phase_readiness r join phase p on p.id = r.phase_id where p.operation_code = ?");
        queries.add("select s.* from phase_readiness_step s join phase_readiness r on r.id = s.readiness_id"
                + " join phase p on p.id = r.phase_id where p.operation_code = ?");
        queries.add("select h.* from site_handover h join site s on s.id = h.site_id join phase p on p.id = s.phase_id"
                + " where p.operation_code = ?");
        for (String query : queries) {
            jdbc.sql(query).param(operationCode).query(rs -> {
                for (int c = 1; c <= rs.getMetaData().getColumnCount(); c++) {
                    Object value = rs.getObject(c);
                    if (value instanceof java.math.BigDecimal number) {
                        values.add(number.stripTrailingZeros().toPlainString());
                    } else if (value != null) {
                        values.add(value.toString());
                    }
                }
            });
        }
        jdbc.sql("select code, name, host_country from operation where code = ?")
                .param(operationCode)
                .query(rs -> {
                    for (int c = 1; c <= 3; c++) {
                        values.add(rs.getString(c));
                    }
                });
        return values;
    }
}
