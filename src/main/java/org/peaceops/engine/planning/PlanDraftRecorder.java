package org.peaceops.engine.planning;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Task_DraftTransitionPlan, completed after the form check: the draft becomes the plan's next version.
 */
@Component
public class PlanDraftRecorder implements TaskListener {

    private final PlanningAnswers answers;

    public PlanDraftRecorder(PlanningAnswers answers) {
        this.answers = answers;
    }

    @Override
    public void notify(DelegateTask task) {
        answers.planDrafted(task);
    }
}
