package org.peaceops.engine.review;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Task_FollowUpOverdueMeasurements, completed: the escalation closes with what the transition cell did. */
@Component
public class OverdueMeasurementsFollowedUpListener implements TaskListener {

    private final ReviewRecorder reviewRecorder;

    public OverdueMeasurementsFollowedUpListener(ReviewRecorder reviewRecorder) {
        this.reviewRecorder = reviewRecorder;
    }

    @Override
    public void notify(DelegateTask task) {
        reviewRecorder.followedUp(task);
    }
}
