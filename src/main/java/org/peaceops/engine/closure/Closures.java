package org.peaceops.engine.closure;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Date;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.peaceops.engine.registry.TransitionRegistry;
import org.peaceops.engine.shared.Deadlines;
import org.springframework.stereotype.Component;

/** What the closure's tasks read: the mandate's end as the Council last set it, and their due date. */
@Component("closures")
public class Closures {

    /** Days the country team has for the handover when the withdrawal deadline is near, past or unknown. */
    static final int HANDOVER_DAYS = 30;

    private final TransitionRegistry transitions;
    private final Clock clock;

    public Closures(TransitionRegistry transitions, Clock clock) {
        this.transitions = transitions;
        this.clock = clock;
    }

    /** The mandate's end on record (ISO date), to prefill its task; none when unknown. */
    public String mandateEnd(DelegateExecution execution) {
        return Optional.ofNullable(
                        transitions.dates(execution.getProcessBusinessKey()).mandateEnd())
                .map(LocalDate::toString)
                .orElse(null);
    }

    /** The handovers and the withdrawal: by the withdrawal deadline, or in 30 days when that is near, past or unknown. */
    public Date due(DelegateExecution execution) {
        LocalDate soonest = LocalDate.now(clock).plusDays(HANDOVER_DAYS);
        LocalDate deadline = Optional.ofNullable(
                        transitions.dates(execution.getProcessBusinessKey()).withdrawalDeadline())
                .filter(day -> day.isAfter(soonest))
                .orElse(soonest);
        return Deadlines.startOfDay(deadline);
    }
}
