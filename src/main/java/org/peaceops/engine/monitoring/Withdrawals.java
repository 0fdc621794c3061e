package org.peaceops.engine.monitoring;

import java.time.LocalDate;
import org.peaceops.engine.registry.TransitionRegistry;
import org.springframework.stereotype.Component;

/** The day an operation's withdrawal completed, which the 24 months and the liquidation count from. */
@Component
public class Withdrawals {

    private final TransitionRegistry transitions;

    public Withdrawals(TransitionRegistry transitions) {
        this.transitions = transitions;
    }

    public LocalDate completedOn(String operationCode) {
        LocalDate completedOn = transitions.dates(operationCode).completedOn();
        if (completedOn == null) {
            // the processes after the withdrawal start only once it is recorded: a broken state, an incident
            throw new IllegalStateException("no withdrawal recorded for operation " + operationCode);
        }
        return completedOn;
    }
}
