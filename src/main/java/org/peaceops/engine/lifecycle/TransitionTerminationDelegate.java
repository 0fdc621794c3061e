package org.peaceops.engine.lifecycle;

import static org.peaceops.engine.lifecycle.TransitionLifecycle.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.peaceops.engine.registry.TransitionRegistry;
import org.peaceops.engine.shared.CalendarDates;
import org.springframework.stereotype.Component;

/** Task_CloseTerminatedTransition: records that the Council ended the transition, and why. */
@Component
public class TransitionTerminationDelegate implements JavaDelegate {

    private final TransitionRegistry registry;

    public TransitionTerminationDelegate(TransitionRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void execute(DelegateExecution execution) {
        registry.terminate(
                execution.getProcessBusinessKey(),
                CalendarDates.stored((String) execution.getVariable(RESOLUTION_ADOPTED_ON)),
                (String) execution.getVariable(TERMINATION_REASON));
    }
}
