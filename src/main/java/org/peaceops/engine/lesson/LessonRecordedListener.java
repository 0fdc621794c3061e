package org.peaceops.engine.lesson;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Task_RecordLesson, completed: one lesson learned of the phase, searchable for the next transition. */
@Component
public class LessonRecordedListener implements TaskListener {

    private final Lessons lessons;

    public LessonRecordedListener(Lessons lessons) {
        this.lessons = lessons;
    }

    @Override
    public void notify(DelegateTask task) {
        lessons.recorded(task);
    }
}
