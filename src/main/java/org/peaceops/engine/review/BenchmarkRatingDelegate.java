package org.peaceops.engine.review;

import static org.peaceops.engine.review.BenchmarkReview.*;

import java.time.Clock;
import java.time.LocalDate;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.peaceops.engine.benchmark.BenchmarkStatuses;
import org.springframework.stereotype.Component;

/**
 * Task_RateBenchmark: rates one benchmark as of today with the deployed decisions, records the
 * rating, and tells the process whether a minimum condition has just turned OFF_TRACK (it was not
 * OFF_TRACK at the previous review, or there was none).
 */
@Component
public class BenchmarkRatingDelegate implements JavaDelegate {

    static final String OFF_TRACK = "OFF_TRACK";

    private final BenchmarkStatuses statuses;
    private final ReviewRecords records;
    private final Clock clock;

    public BenchmarkRatingDelegate(BenchmarkStatuses statuses, ReviewRecords records, Clock clock) {
        this.statuses = statuses;
        this.records = records;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String operation = execution.getProcessBusinessKey();
        String code = (String) execution.getVariable(BENCHMARK_CODE);
        long reviewId = (Long) execution.getVariable(REVIEW_ID);
        var rated = statuses.benchmark(operation, code, LocalDate.now(clock))
                .orElseThrow(() ->
                        new IllegalStateException("benchmark " + code + " of " + operation + " no longer exists"));
        String previous = records.previousStatus(operation, code, reviewId).orElse(null);
        String indicators = rated.indicators().stream()
                .map(indicator -> indicator.code() + " " + indicator.status())
                .collect(Collectors.joining(", "));
        records.rate(reviewId, rated, previous, indicators.isEmpty() ? "no indicators" : indicators);

        execution.setVariable(BENCHMARK_TITLE, rated.title());
        execution.setVariable(BENCHMARK_STATUS, rated.status());
        execution.setVariable(STATUS_REASON, rated.reason());
        execution.setVariable(PREVIOUS_STATUS, previous == null ? "none (first review)" : previous);
        execution.setVariable(INDICATOR_STATUSES, indicators.isEmpty() ? "none" : indicators);
        execution.setVariable(
                MINIMUM_CONDITION_SLIPPED,
                rated.minimumCondition() && OFF_TRACK.equals(rated.status()) && !OFF_TRACK.equals(previous));
    }
}
