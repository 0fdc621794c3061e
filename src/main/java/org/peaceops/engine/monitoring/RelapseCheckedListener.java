package org.peaceops.engine.monitoring;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Task_CheckRelapse, completed: the quarter's check, and whether it found a risk of relapse. */
@Component
public class RelapseCheckedListener implements TaskListener {

    private final PostTransitionRecorder recorder;

    public RelapseCheckedListener(PostTransitionRecorder recorder) {
        this.recorder = recorder;
    }

    @Override
    public void notify(DelegateTask task) {
        recorder.checked(task);
    }
}
