package org.peaceops.engine.review;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Task_ReviewBenchmarkStatus, created: named after its benchmark in Tasklist ("Review the status of B1"). */
@Component
public class BenchmarkStatusReviewNameListener implements TaskListener {

    private final BenchmarkReviews benchmarkReviews;

    public BenchmarkStatusReviewNameListener(BenchmarkReviews benchmarkReviews) {
        this.benchmarkReviews = benchmarkReviews;
    }

    @Override
    public void notify(DelegateTask task) {
        benchmarkReviews.named(task);
    }
}
