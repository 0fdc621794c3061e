package org.peaceops.engine.bench;

import static org.peaceops.engine.bench.PerformanceBench.BARE;
import static org.peaceops.engine.bench.PerformanceBench.HQ;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.peaceops.engine.FormFiller;
import org.peaceops.engine.RestClient;
import org.peaceops.engine.assessment.StrategicAssessment;
import org.peaceops.engine.lifecycle.TransitionLifecycle;

/**
 * The work the bench gives the application outside its measurements: transitions started to their
 * first task, bare tasks, the bodies of their forms filled, the jobs a request leaves run as the job
 * executor would.
 */
final class BenchWork {

    private final ProcessEngine engine;
    private final FormFiller forms;
    private final RestClient rest;
    /** Transitions started so far: each gets the next code, BENCH1, BENCH2, ... */
    private int started;

    BenchWork(ProcessEngine engine, FormFiller forms, RestClient rest) {
        this.engine = engine;
        this.forms = forms;
        this.rest = rest;
    }

    RestClient.Response submit(RestClient client, Task task) {
        return client.post("/engine-rest/task/" + task.getId() + "/submit-form", HQ, body(task));
    }

    /** The jobs a submit left in its process instance, run as the job executor on the same node would. */
    void runJobsOf(String processInstanceId) {
        var management = engine.getManagementService();
        management
                .createJobQuery()
                .processInstanceId(processInstanceId)
                .executable()
                .list()
                .forEach(job -> management.executeJob(job.getId()));
    }

    Map<String, Object> body(Task task) {
        // the bare tasks have no form; form keys are read only for ours (initializeFormKeys)
        Map<String, Object> values = task.getTaskDefinitionKey().equals("first")
                ? Map.<String, Object>of()
                : forms.fill(task.getCamundaFormRef().getKey(), Map.of());
        return RestClient.submission(values);
    }

    Map<String, Object> startBody() {
        String code = "BENCH" + (++started);
        return RestClient.submission(forms.fill(
                TransitionLifecycle.FORM_START_TRANSITION, Map.of(TransitionLifecycle.OPERATION_CODE, code)));
    }

    /** Transitions started for the submits, outside the measurements; their first task each. */
    List<Task> ourTasks(int count) {
        List<String> codes = startTransitions(count);
        return codes.stream()
                .map(code -> engine.getTaskService()
                        .createTaskQuery()
                        .processInstanceBusinessKey(code)
                        .taskDefinitionKey(StrategicAssessment.TASK_DRAFT_TERMS_OF_REFERENCE)
                        .initializeFormKeys()
                        .singleResult())
                .toList();
    }

    List<String> startTransitions(int count) {
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Map<String, Object> body = startBody();
            var response = rest.post(definition(TransitionLifecycle.PROCESS_ID), HQ, body);
            expect(response, 200);
            runJobsOf(response.json().path("id").asText());
            codes.add("BENCH" + started);
        }
        return codes;
    }

    List<Task> bareTasks(int count) {
        return firstTasks(BARE, count);
    }

    /** First tasks of the bare process whose first task has the draft options' form (BARE_WITH_VALUES). */
    List<Task> bareTasksWithTheOptionsForm(int count) {
        return firstTasks(PerformanceBench.BARE_WITH_VALUES, count);
    }

    private List<Task> firstTasks(String processKey, int count) {
        List<Task> tasks = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String id = engine.getRuntimeService()
                    .startProcessInstanceByKey(processKey)
                    .getId();
            tasks.add(engine.getTaskService()
                    .createTaskQuery()
                    .processInstanceId(id)
                    .initializeFormKeys()
                    .singleResult());
        }
        return tasks;
    }

    static String definition(String key) {
        return "/engine-rest/process-definition/key/" + key + "/submit-form";
    }

    List<Task> openTasks(String processInstanceId) {
        return engine.getTaskService()
                .createTaskQuery()
                .processInstanceId(processInstanceId)
                .initializeFormKeys()
                .list();
    }

    List<ConcurrentSubmits.Submission> submissions(String user, List<Task> tasks) {
        return tasks.stream()
                .map(task ->
                        new ConcurrentSubmits.Submission(user, task.getId(), task.getProcessInstanceId(), body(task)))
                .toList();
    }

    static RestClient.Response expect(RestClient.Response response, int status) {
        if (response.status() != status) {
            throw new IllegalStateException(
                    "expected " + status + ", got " + response.status() + ": " + response.body());
        }
        return response;
    }

    static RestClient.Response expectSuccess(RestClient.Response response) {
        if (response.status() / 100 != 2) {
            throw new IllegalStateException("got " + response.status() + ": " + response.body());
        }
        return response;
    }
}
