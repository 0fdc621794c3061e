package org.peaceops.engine.review;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Task_FollowUpOverdueMeasurements, created: named after its benchmark, with an escalation open until it is
 * completed.
 */
@Component
public class OverdueMeasurementsEscalationListener implements TaskListener {

    private final BenchmarkReviews benchmarkReviews;

    public OverdueMeasurementsEscalationListener(BenchmarkReviews benchmarkReviews) {
        this.benchmarkReviews = benchmarkReviews;
    }

    @Override
    public void notify(DelegateTask task) {
        benchmarkReviews.escalate(task);
    }
}
