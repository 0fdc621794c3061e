package org.peaceops.engine.planning;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Task_IdentifyRisks, completed after the form check: the risk goes to the risk register, one per
 * round of the task.
 */
@Component
public class IdentifiedRiskRecorder implements TaskListener {

    private final PlanningAnswers answers;

    public IdentifiedRiskRecorder(PlanningAnswers answers) {
        this.answers = answers;
    }

    @Override
    public void notify(DelegateTask task) {
        answers.riskIdentified(task);
    }
}
