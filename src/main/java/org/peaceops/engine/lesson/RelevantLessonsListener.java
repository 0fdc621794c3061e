package org.peaceops.engine.lesson;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Task_DraftTermsOfReference and Task_DraftTransitionPlan, created: the most relevant lessons of
 * earlier transitions of the same type, read from the lessons on record, for the drafters to use
 * (resolution 2594, OP 9).
 */
@Component
public class RelevantLessonsListener implements TaskListener {

    private final LessonsForDrafting lessons;

    public RelevantLessonsListener(LessonsForDrafting lessons) {
        this.lessons = lessons;
    }

    @Override
    public void notify(DelegateTask task) {
        lessons.show(task);
    }
}
