package org.peaceops.engine.closure;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Task_RecordWithdrawalComplete, completed: the transition's completedOn, and the stage POST_TRANSITION. */
@Component
public class WithdrawalCompletedListener implements TaskListener {

    private final ClosureRecorder closureRecorder;

    public WithdrawalCompletedListener(ClosureRecorder closureRecorder) {
        this.closureRecorder = closureRecorder;
    }

    @Override
    public void notify(DelegateTask task) {
        closureRecorder.withdrawalCompleted(task);
    }
}
