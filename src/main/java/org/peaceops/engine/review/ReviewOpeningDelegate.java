package org.peaceops.engine.review;

import static org.peaceops.engine.review.BenchmarkReview.*;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.peaceops.engine.benchmark.BenchmarkProperties;
import org.springframework.stereotype.Component;

/** Task_OpenReview: records the review, rated as of today, with the due date of its measurements. */
@Component
public class ReviewOpeningDelegate implements JavaDelegate {

    private final ReviewRecords records;
    private final ReviewRequests requests;
    private final BenchmarkProperties properties;
    private final Clock clock;

    public ReviewOpeningDelegate(
            ReviewRecords records, ReviewRequests requests, BenchmarkProperties properties, Clock clock) {
        this.records = records;
        this.requests = requests;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        int days = properties.measurementDueDays();
        long reviewId = records.open(
                execution.getProcessBusinessKey(),
                execution.getProcessInstanceId(),
                LocalDate.now(clock),
                LocalDate.now(clock).plusDays(days));
        requests.settled(execution.getProcessBusinessKey());
        execution.setVariable(REVIEW_ID, reviewId);
        execution.setVariable(MEASUREMENTS_DUE, Date.from(clock.instant().plus(Duration.ofDays(days))));
    }
}
