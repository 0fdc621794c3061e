package org.peaceops.engine.review;

import java.time.Clock;
import org.peaceops.engine.benchmark.BenchmarkProperties;
import org.peaceops.engine.platform.LifecycleTimers;
import org.peaceops.engine.transition.OperationCycle;
import org.peaceops.engine.transition.TransitionLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * How often an operation's benchmarks are reviewed: its own period, or quarterly
 * ({@code transition.benchmarks.review-period}); read by the lifecycle's timer as
 * {@code ${benchmarkReviewSchedule.cycle(execution)}}.
 */
@Component("benchmarkReviewSchedule")
public class ReviewSchedule extends OperationCycle {

    public ReviewSchedule(JdbcClient jdbc, BenchmarkProperties properties, LifecycleTimers timers, Clock clock) {
        super(
                jdbc,
                timers,
                clock,
                "review_period",
                properties.reviewPeriod(),
                TransitionLifecycle.START_REVIEW_PERIOD_ELAPSED);
    }
}
