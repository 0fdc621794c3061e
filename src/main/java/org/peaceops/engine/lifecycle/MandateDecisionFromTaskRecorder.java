package org.peaceops.engine.lifecycle;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Task_RecordCouncilResponse (council-reporting), completed after the form check: the Council's
 * decision on the mandate goes to the resolutions, entered by HQ.
 */
@Component
public class MandateDecisionFromTaskRecorder implements TaskListener {

    private final MandateDecisions mandateDecisions;

    public MandateDecisionFromTaskRecorder(MandateDecisions mandateDecisions) {
        this.mandateDecisions = mandateDecisions;
    }

    @Override
    public void notify(DelegateTask task) {
        mandateDecisions.fromTask(task);
    }
}
