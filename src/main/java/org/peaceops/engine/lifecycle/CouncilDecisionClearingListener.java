package org.peaceops.engine.lifecycle;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Flow_Revise, taken: the assessment runs again, and the next decision starts from an empty form; the
 * revised decision stays in the resolution table.
 */
@Component
public class CouncilDecisionClearingListener implements ExecutionListener {

    private final CouncilDecisionIntake intake;

    public CouncilDecisionClearingListener(CouncilDecisionIntake intake) {
        this.intake = intake;
    }

    @Override
    public void notify(DelegateExecution execution) {
        intake.forget(execution);
    }
}
