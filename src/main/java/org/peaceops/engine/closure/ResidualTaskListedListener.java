package org.peaceops.engine.closure;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Task_ListResidualTask, completed: one more residual task for the country team (none when the list is done). */
@Component
public class ResidualTaskListedListener implements TaskListener {

    private final ClosureRecorder closureRecorder;

    public ResidualTaskListedListener(ClosureRecorder closureRecorder) {
        this.closureRecorder = closureRecorder;
    }

    @Override
    public void notify(DelegateTask task) {
        closureRecorder.residualTaskListed(task);
    }
}
