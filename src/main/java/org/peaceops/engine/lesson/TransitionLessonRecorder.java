package org.peaceops.engine.lesson;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Task_RecordTransitionLesson (closure), completed: a lesson of the whole transition, stored with the
 * phases' lessons (with no phase) and searchable for the next transition.
 */
@Component
public class TransitionLessonRecorder implements TaskListener {

    private final Lessons lessons;

    public TransitionLessonRecorder(Lessons lessons) {
        this.lessons = lessons;
    }

    @Override
    public void notify(DelegateTask task) {
        lessons.recordedForTransition(task);
    }
}
