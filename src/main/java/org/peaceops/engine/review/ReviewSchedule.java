package org.peaceops.engine.review;

import java.time.Clock;
import java.time.Period;
import org.peaceops.engine.benchmark.BenchmarkProperties;
import org.peaceops.engine.camunda.LifecycleTimers;
import org.peaceops.engine.lifecycle.OperationCycle;
import org.peaceops.engine.lifecycle.TransitionLifecycle;
import org.peaceops.engine.registry.OperationPeriods;
import org.peaceops.engine.registry.TransitionRecord;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * How often an operation's benchmarks are reviewed: its own period, or quarterly
 * ({@code transition.benchmarks.review-period}); read by the lifecycle's timer as
 * {@code ${benchmarkReviewSchedule.cycle(execution)}}.
 */
@Component("benchmarkReviewSchedule")
public class ReviewSchedule extends OperationCycle {

    private final ReviewRequestRecords requests;

    public ReviewSchedule(
            OperationPeriods periods,
            ReviewRequestRecords requests,
            BenchmarkProperties properties,
            LifecycleTimers timers,
            Clock clock) {
        super(
                periods,
                timers,
                clock,
                OperationPeriods.Cycle.BENCHMARK_REVIEW,
                properties.reviewPeriod(),
                TransitionLifecycle.START_REVIEW_PERIOD_ELAPSED);
        this.requests = requests;
    }

    /** A new period moves the next review to a period from now: a review brought forward is no longer due. */
    @Override
    @Transactional
    public Period change(TransitionRecord transition, String text) {
        Period period = super.change(transition, text);
        requests.settle(transition.operationCode());
        return period;
    }
}
