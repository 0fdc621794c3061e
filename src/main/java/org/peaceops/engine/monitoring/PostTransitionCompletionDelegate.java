package org.peaceops.engine.monitoring;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.peaceops.engine.registry.TransitionRegistry;
import org.peaceops.engine.shared.Stage;
import org.springframework.stereotype.Component;

/** Task_CompletePostTransition: 24 months after the withdrawal, the transition is COMPLETED. */
@Component
public class PostTransitionCompletionDelegate implements JavaDelegate {

    private final TransitionRegistry registry;

    public PostTransitionCompletionDelegate(TransitionRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void execute(DelegateExecution execution) {
        registry.moveToStage(execution.getProcessBusinessKey(), Stage.COMPLETED);
    }
}
