package org.peaceops.engine.review;

import static org.peaceops.engine.review.BenchmarkReview.*;

import java.util.Comparator;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.peaceops.engine.benchmark.BenchmarkRecords;
import org.peaceops.engine.camunda.TaskTexts;
import org.springframework.stereotype.Component;

/**
 * Task_SubmitMeasurement, created: names the task after its indicator and shows the owner what to measure (the indicator, its target, the
 * latest value on record) in variables local to this task's execution.
 */
@Component
public class MeasurementTaskSetup implements TaskListener {

    private final BenchmarkRecords records;
    private final TaskTexts texts;

    public MeasurementTaskSetup(BenchmarkRecords records, TaskTexts texts) {
        this.records = records;
        this.texts = texts;
    }

    @Override
    public void notify(DelegateTask task) {
        DelegateExecution execution = task.getExecution();
        String operation = execution.getProcessBusinessKey();
        String benchmarkCode = (String) execution.getVariable(BENCHMARK_CODE);
        String indicatorCode = (String) execution.getVariable(INDICATOR_CODE);
        var benchmark = records.benchmark(operation, benchmarkCode).orElseThrow();
        var indicator = benchmark.indicators().stream()
                .filter(candidate -> candidate.code().equals(indicatorCode))
                .findFirst()
                .orElseThrow();
        var latest = records.measurements(operation, indicatorCode).stream()
                .filter(measurement -> measurement.supersededBy() == null)
                .max(Comparator.comparing(BenchmarkRecords.MeasurementRecord::asOf));

        texts.describe(task, indicatorCode, indicator.name());
        execution.setVariableLocal(BENCHMARK_TITLE, benchmark.title());
        execution.setVariableLocal(INDICATOR_NAME, indicator.name());
        execution.setVariableLocal(INDICATOR_TYPE, indicator.type());
        execution.setVariableLocal(INDICATOR_UNIT, indicator.unit() == null ? "" : "(" + indicator.unit() + ")");
        execution.setVariableLocal(INDICATOR_TARGET, target(task, indicator, benchmark.targetDate()));
        // as the form shows them, in the operation's language ("100 on 2024-02-28", "100 au 2024-02-28")
        execution.setVariableLocal(
                LATEST_MEASUREMENT,
                latest.map(m -> texts.text(
                                task,
                                "text.measurement.latest",
                                shown(task, String.valueOf(m.value())),
                                m.asOf().toString()))
                        .orElseGet(() -> texts.text(task, "text.measurement.none")));
    }

    /** A yes-or-no value as people say it ("yes", "oui"); any other value as it is. */
    private String shown(DelegateTask task, String value) {
        return switch (value) {
            case "true" -> texts.text(task, "text.measurement.yes");
            case "false" -> texts.text(task, "text.measurement.no");
            default -> value;
        };
    }

    private String target(
            DelegateTask task, BenchmarkRecords.Indicator indicator, java.time.LocalDate benchmarkTargetDate) {
        String target = indicator.target() == null
                ? texts.text(task, "text.measurement.noTarget")
                : shown(task, indicator.target());
        if (indicator.direction() != null && indicator.target() != null) {
            target = texts.text(
                    task,
                    "DECREASE".equals(indicator.direction()) ? "text.measurement.orLower" : "text.measurement.orHigher",
                    target);
        }
        if (indicator.targetDate() != null) {
            return texts.text(
                    task, "text.measurement.by", target, indicator.targetDate().toString());
        }
        return benchmarkTargetDate == null
                ? target
                : texts.text(task, "text.measurement.byBenchmark", target, benchmarkTargetDate.toString());
    }
}
