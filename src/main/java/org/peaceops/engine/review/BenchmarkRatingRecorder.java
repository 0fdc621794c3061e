package org.peaceops.engine.review;

import static org.peaceops.engine.review.BenchmarkReview.*;

import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * End of Task_RateBenchmark: records the rating benchmark-status decided, and tells the process
 * whether a minimum condition has just turned OFF_TRACK (it was not OFF_TRACK at the previous review,
 * or there was none).
 */
@Component
public class BenchmarkRatingRecorder implements ExecutionListener {

    static final String OFF_TRACK = "OFF_TRACK";

    private final ReviewRecords records;

    public BenchmarkRatingRecorder(ReviewRecords records) {
        this.records = records;
    }

    @Override
    public void notify(DelegateExecution execution) {
        String operation = execution.getProcessBusinessKey();
        String code = (String) execution.getVariable(BENCHMARK_CODE);
        long reviewId = (Long) execution.getVariable(REVIEW_ID);
        @SuppressWarnings("unchecked")
        var result = (Map<String, Object>) execution.getVariableLocal(BENCHMARK_STATUS_RESULT);
        String status = (String) result.get("status");
        String reason = (String) result.get("reason");
        boolean minimumCondition = Boolean.TRUE.equals(execution.getVariableLocal("minimumCondition"));
        String indicators = (String) execution.getVariableLocal(RATED_INDICATORS);
        String previous = records.previousStatus(operation, code, reviewId).orElse(null);
        records.rate(
                reviewId,
                code,
                minimumCondition,
                status,
                reason,
                previous,
                indicators.isEmpty() ? "no indicators" : indicators);
        // the decision's answer is kept in its history; the review goes on with plain values
        execution.removeVariableLocal(BENCHMARK_STATUS_RESULT);

        execution.setVariable(BENCHMARK_STATUS, status);
        execution.setVariable(STATUS_REASON, reason);
        execution.setVariable(PREVIOUS_STATUS, previous == null ? "none (first review)" : previous);
        execution.setVariable(INDICATOR_STATUSES, indicators.isEmpty() ? "none" : indicators);
        execution.setVariable(
                MINIMUM_CONDITION_SLIPPED, minimumCondition && OFF_TRACK.equals(status) && !OFF_TRACK.equals(previous));
    }
}
