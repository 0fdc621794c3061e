package org.peaceops.engine.lifecycle;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Task_RecordCouncilDecision, completed after the form check: notes that the Council's decision came
 * through HQ's task, and who entered it; Task_RegisterCouncilDecision registers it.
 */
@Component
public class CouncilDecisionFromTaskListener implements TaskListener {

    private final CouncilDecisionIntake intake;

    public CouncilDecisionFromTaskListener(CouncilDecisionIntake intake) {
        this.intake = intake;
    }

    @Override
    public void notify(DelegateTask task) {
        intake.fromTask(task);
    }
}
