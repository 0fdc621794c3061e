package org.peaceops.engine.closure;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** A residual task's task, created: named after the residual task, with what was listed for its form. */
@Component
public class ResidualTaskDescriptionListener implements TaskListener {

    private final ResidualTasks residualTasks;

    public ResidualTaskDescriptionListener(ResidualTasks residualTasks) {
        this.residualTasks = residualTasks;
    }

    @Override
    public void notify(DelegateTask task) {
        residualTasks.describe(task);
    }
}
