package org.peaceops.engine.review;

import static org.peaceops.engine.review.BenchmarkReview.*;

import java.time.Clock;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.peaceops.engine.benchmark.BenchmarkStatuses;
import org.springframework.stereotype.Component;

/**
 * Start of Task_RateBenchmark (the business rule task benchmark-status): rates the benchmark's
 * indicators as of today and gives the decision its inputs, the counts of indicators by status and
 * the minimum condition, as variables of this benchmark's review only.
 */
@Component
public class BenchmarkRatingFactsListener implements ExecutionListener {

    private final BenchmarkStatuses statuses;
    private final Clock clock;

    public BenchmarkRatingFactsListener(BenchmarkStatuses statuses, Clock clock) {
        this.statuses = statuses;
        this.clock = clock;
    }

    @Override
    public void notify(DelegateExecution execution) {
        String operation = execution.getProcessBusinessKey();
        String code = (String) execution.getVariable(BENCHMARK_CODE);
        var rated = statuses.indicatorsOf(operation, code, LocalDate.now(clock))
                .orElseThrow(() ->
                        new IllegalStateException("benchmark " + code + " of " + operation + " no longer exists"));
        rated.benchmarkFacts().forEach(execution::setVariableLocal);
        execution.setVariableLocal(RATED_INDICATORS, rated.indicatorStatuses());
        // declared here, so that the task's result stays with this benchmark instead of the whole review
        execution.setVariableLocal(BENCHMARK_STATUS_RESULT, null);
        execution.setVariable(BENCHMARK_TITLE, rated.benchmark().title());
    }
}
