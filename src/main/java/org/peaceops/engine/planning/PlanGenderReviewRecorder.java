package org.peaceops.engine.planning;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Task_GenderReview, completed after the form check: the gender review of the plan, its findings and
 * rating go on record.
 */
@Component
public class PlanGenderReviewRecorder implements TaskListener {

    private final PlanningAnswers answers;

    public PlanGenderReviewRecorder(PlanningAnswers answers) {
        this.answers = answers;
    }

    @Override
    public void notify(DelegateTask task) {
        answers.genderReviewed(task);
    }
}
