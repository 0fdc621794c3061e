package org.peaceops.engine.reporting;

import java.time.Clock;
import org.peaceops.engine.camunda.LifecycleTimers;
import org.peaceops.engine.lifecycle.OperationCycle;
import org.peaceops.engine.lifecycle.TransitionLifecycle;
import org.peaceops.engine.registry.OperationPeriods;
import org.springframework.stereotype.Component;

/**
 * How often the Secretary-General reports on an operation: its own period, or every 90 days
 * ({@code transition.reporting.period}); read by the lifecycle's timer as
 * {@code ${councilReportSchedule.cycle(execution)}}.
 */
@Component
public class CouncilReportSchedule extends OperationCycle {

    public CouncilReportSchedule(
            OperationPeriods periods, ReportingProperties properties, LifecycleTimers timers, Clock clock) {
        super(
                periods,
                timers,
                clock,
                OperationPeriods.Cycle.COUNCIL_REPORT,
                properties.period(),
                TransitionLifecycle.START_REPORTING_PERIOD_ELAPSED);
    }
}
