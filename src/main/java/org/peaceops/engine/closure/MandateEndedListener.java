package org.peaceops.engine.closure;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Task_RecordMandateEnd, completed: the day the mandate ended, on the transition's record. */
@Component
public class MandateEndedListener implements TaskListener {

    private final ClosureRecorder closureRecorder;

    public MandateEndedListener(ClosureRecorder closureRecorder) {
        this.closureRecorder = closureRecorder;
    }

    @Override
    public void notify(DelegateTask task) {
        closureRecorder.mandateEnded(task);
    }
}
