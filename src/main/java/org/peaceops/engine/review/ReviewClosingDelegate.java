package org.peaceops.engine.review;

import static org.peaceops.engine.review.BenchmarkReview.REVIEW_ID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_CloseReview: every benchmark has been reviewed. */
@Component
public class ReviewClosingDelegate implements JavaDelegate {

    private final ReviewRecords records;

    public ReviewClosingDelegate(ReviewRecords records) {
        this.records = records;
    }

    @Override
    public void execute(DelegateExecution execution) {
        records.close((Long) execution.getVariable(REVIEW_ID));
    }
}
