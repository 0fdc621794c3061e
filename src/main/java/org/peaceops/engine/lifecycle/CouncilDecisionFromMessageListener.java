package org.peaceops.engine.lifecycle;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Event_CouncilDecisionReceived, started: holds Message_CouncilDecision to the rules of the decision
 * form, and notes that the decision came as a message, and from whom; Task_RegisterCouncilDecision
 * registers it.
 */
@Component
public class CouncilDecisionFromMessageListener implements ExecutionListener {

    private final CouncilDecisionIntake intake;

    public CouncilDecisionFromMessageListener(CouncilDecisionIntake intake) {
        this.intake = intake;
    }

    @Override
    public void notify(DelegateExecution execution) {
        intake.fromMessage(execution);
    }
}
