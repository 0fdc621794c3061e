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
        execution.setVariableLocal(INDICATOR_TARGET, target(indicator, benchmark.targetDate()));
        execution.setVariableLocal(
                LATEST_MEASUREMENT,
                latest.map(m -> m.value() + " on " + m.asOf()).orElse("none yet"));
    }

    private static String target(BenchmarkRecords.Indicator indicator, java.time.LocalDate benchmarkTargetDate) {
        String target = indicator.target() == null ? "none" : indicator.target();
        if (indicator.direction() != null && indicator.target() != null) {
            target += "DECREASE".equals(indicator.direction()) ? " or lower" : " or higher";
        }
        if (indicator.targetDate() != null) {
            return target + " by " + indicator.targetDate();
        }
        return benchmarkTargetDate == null ? target : target + " by " + benchmarkTargetDate + " (the benchmark's)";
    }
}
