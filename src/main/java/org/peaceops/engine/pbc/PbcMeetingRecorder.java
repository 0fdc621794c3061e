package org.peaceops.engine.pbc;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Task_SchedulePbcMeeting, completed: the meeting's date and format go on the request's record. It
 * runs before the form check on this task, as the model orders them: a refused form rolls it back.
 */
@Component
public class PbcMeetingRecorder implements TaskListener {

    private final PbcAdvice pbcAdvice;

    public PbcMeetingRecorder(PbcAdvice pbcAdvice) {
        this.pbcAdvice = pbcAdvice;
    }

    @Override
    public void notify(DelegateTask task) {
        pbcAdvice.scheduled(task);
    }
}
