package org.peaceops.engine.closure;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Task_HandOverResidualTask, completed: who took the residual task over, with what capacity and funding. */
@Component
public class ResidualTaskHandedOverListener implements TaskListener {

    private final ClosureRecorder closureRecorder;

    public ResidualTaskHandedOverListener(ClosureRecorder closureRecorder) {
        this.closureRecorder = closureRecorder;
    }

    @Override
    public void notify(DelegateTask task) {
        closureRecorder.residualTaskHandedOver(task);
    }
}
