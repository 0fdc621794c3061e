package org.peaceops.engine.review;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Event_MeasurementsOverdue, started: which indicators of the benchmark are still unmeasured, for the
 * follow-up.
 */
@Component
public class MeasurementsOverdueListener implements ExecutionListener {

    private final BenchmarkReviews benchmarkReviews;

    public MeasurementsOverdueListener(BenchmarkReviews benchmarkReviews) {
        this.benchmarkReviews = benchmarkReviews;
    }

    @Override
    public void notify(DelegateExecution execution) {
        benchmarkReviews.measurementsOverdue(execution);
    }
}
