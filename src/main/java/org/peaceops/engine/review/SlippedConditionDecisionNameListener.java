package org.peaceops.engine.review;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Task_DecideOnSlippedCondition, created: named after its benchmark in Tasklist ("Decide on minimum condition
 * B1").
 */
@Component
public class SlippedConditionDecisionNameListener implements TaskListener {

    private final BenchmarkReviews benchmarkReviews;

    public SlippedConditionDecisionNameListener(BenchmarkReviews benchmarkReviews) {
        this.benchmarkReviews = benchmarkReviews;
    }

    @Override
    public void notify(DelegateTask task) {
        benchmarkReviews.named(task);
    }
}
