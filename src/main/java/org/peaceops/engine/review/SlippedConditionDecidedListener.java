package org.peaceops.engine.review;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Task_DecideOnSlippedCondition, completed: the risk accepted (in the risk register, with its justification)
 * or a reassessment requested (with what it must answer).
 */
@Component
public class SlippedConditionDecidedListener implements TaskListener {

    private final ReviewRecorder reviewRecorder;

    public SlippedConditionDecidedListener(ReviewRecorder reviewRecorder) {
        this.reviewRecorder = reviewRecorder;
    }

    @Override
    public void notify(DelegateTask task) {
        reviewRecorder.decided(task);
    }
}
