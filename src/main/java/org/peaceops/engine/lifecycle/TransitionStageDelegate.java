package org.peaceops.engine.lifecycle;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.peaceops.engine.registry.TransitionRegistry;
import org.peaceops.engine.shared.Stage;
import org.springframework.stereotype.Component;

/** Moves the transition to the stage named by the task's {@code targetStage} input. */
@Component
public class TransitionStageDelegate implements JavaDelegate {

    private final TransitionRegistry registry;

    public TransitionStageDelegate(TransitionRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Stage stage = Stage.valueOf((String) execution.getVariable(TransitionLifecycle.TARGET_STAGE));
        registry.moveToStage(execution.getProcessBusinessKey(), stage);
    }
}
