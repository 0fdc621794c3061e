package org.peaceops.engine.review;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Task_ReviewBenchmarkStatus, completed: the transition cell's analysis of the benchmark's rating. */
@Component
public class BenchmarkStatusReviewedListener implements TaskListener {

    private final ReviewRecorder reviewRecorder;

    public BenchmarkStatusReviewedListener(ReviewRecorder reviewRecorder) {
        this.reviewRecorder = reviewRecorder;
    }

    @Override
    public void notify(DelegateTask task) {
        reviewRecorder.reviewed(task);
    }
}
