package org.peaceops.engine.review;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Task_AssessSlippedCondition, completed: mission leadership's assessment of the slipped minimum
 * condition and its recommendation, recorded with who and when before headquarters decides.
 */
@Component
public class SlippedConditionRecommendationRecorder implements TaskListener {

    private final ReviewRecorder reviewRecorder;

    public SlippedConditionRecommendationRecorder(ReviewRecorder reviewRecorder) {
        this.reviewRecorder = reviewRecorder;
    }

    @Override
    public void notify(DelegateTask task) {
        reviewRecorder.recommended(task);
    }
}
