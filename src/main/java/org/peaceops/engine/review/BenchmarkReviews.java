package org.peaceops.engine.review;

import static org.peaceops.engine.review.BenchmarkReview.*;

import java.util.List;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.peaceops.engine.access.ActorGroup;
import org.peaceops.engine.benchmark.BenchmarkRecords;
import org.peaceops.engine.camunda.TaskTexts;
import org.peaceops.engine.escalation.Escalations;
import org.springframework.stereotype.Component;

/**
 * What benchmark-review.bpmn asks of the domain data: which benchmarks and indicators to review,
 * who owns them, and what is still missing when measurements are overdue.
 */
@Component("benchmarkReviews")
public class BenchmarkReviews {

    private final BenchmarkRecords records;
    private final TaskService taskService;
    private final Escalations escalations;
    private final TaskTexts texts;

    public BenchmarkReviews(
            BenchmarkRecords records, TaskService taskService, Escalations escalations, TaskTexts texts) {
        this.texts = texts;
        this.records = records;
        this.taskService = taskService;
        this.escalations = escalations;
    }

    /** The collection of the multi-instance over benchmarks: the operation's, as they stand now. */
    public List<String> benchmarkCodes(DelegateExecution execution) {
        return records.benchmarks(execution.getProcessBusinessKey()).stream()
                .map(BenchmarkRecords.Benchmark::code)
                .toList();
    }

    public List<String> indicatorCodes(DelegateExecution execution) {
        return benchmark(execution).indicators().stream()
                .map(BenchmarkRecords.Indicator::code)
                .toList();
    }

    /** The candidate groups of a benchmark's measurement tasks, from its owner. */
    public String ownerGroups(DelegateExecution execution) {
        return groupsOf(benchmark(execution).owner());
    }

    /** NATIONAL: the host government; UN: the mission's transition cell; JOINT: both. */
    static String groupsOf(String owner) {
        return switch (owner) {
            case "NATIONAL" -> ActorGroup.HOST_GOVERNMENT.id();
            case "UN" -> ActorGroup.TRANSITION_CELL.id();
            default -> ActorGroup.HOST_GOVERNMENT.id() + "," + ActorGroup.TRANSITION_CELL.id();
        };
    }

    /** Event_MeasurementsOverdue: which indicators of the benchmark are still missing. */
    public void measurementsOverdue(DelegateExecution execution) {
        String benchmarkCode = (String) execution.getVariable(BENCHMARK_CODE);
        List<String> missing = taskService
                .createTaskQuery()
                .processInstanceId(execution.getProcessInstanceId())
                .taskDefinitionKey(TASK_SUBMIT_MEASUREMENT)
                .list()
                .stream()
                .filter(task -> benchmarkCode.equals(taskService.getVariable(task.getId(), BENCHMARK_CODE)))
                .map(task -> (String) taskService.getVariable(task.getId(), INDICATOR_CODE))
                .sorted()
                .toList();
        execution.setVariable(MISSING_MEASUREMENTS, String.join(", ", missing));
    }

    /**
     * Task_FollowUpOverdueMeasurements, created: the escalation, open until the task is completed,
     * for the task's groups and due by its due date.
     */
    public void escalate(DelegateTask task) {
        String benchmarkCode = (String) task.getVariable(BENCHMARK_CODE);
        texts.describe(task, benchmarkCode);
        escalations.openFor(
                task,
                OVERDUE_ESCALATION,
                benchmarkCode,
                "measurements of benchmark " + benchmarkCode + " overdue: " + task.getVariable(MISSING_MEASUREMENTS));
    }

    /**
     * Names and describes the task after its benchmark in Tasklist ("Review the status of B1"), while
     * the diagram keeps a plain name.
     */
    public void named(DelegateTask task) {
        texts.describe(task, task.getVariable(BENCHMARK_CODE));
    }

    private BenchmarkRecords.Benchmark benchmark(DelegateExecution execution) {
        String operation = execution.getProcessBusinessKey();
        String code = (String) execution.getVariable(BENCHMARK_CODE);
        return records.benchmark(operation, code)
                .orElseThrow(() ->
                        new IllegalStateException("benchmark " + code + " of " + operation + " no longer exists"));
    }
}
