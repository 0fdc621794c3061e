package org.peaceops.engine.lifecycle;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * StartEvent_MandateDecisionReceived, started: holds Message_MandateDecision to the rules of the
 * mandate-decision form, and writes the decision to the resolutions.
 */
@Component
public class MandateDecisionFromMessageRecorder implements ExecutionListener {

    private final MandateDecisions mandateDecisions;

    public MandateDecisionFromMessageRecorder(MandateDecisions mandateDecisions) {
        this.mandateDecisions = mandateDecisions;
    }

    @Override
    public void notify(DelegateExecution execution) {
        mandateDecisions.fromMessage(execution);
    }
}
