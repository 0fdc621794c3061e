package org.peaceops.engine.review;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.peaceops.engine.camunda.Executions;
import org.peaceops.engine.lifecycle.TransitionLifecycle;
import org.springframework.stereotype.Component;

/** Whether the lifecycle that runs this review is already reassessing the transition. */
@Component("reassessments")
public class Reassessments {

    public boolean underWay(DelegateExecution execution) {
        return Executions.callerHasActive(execution, TransitionLifecycle.CALL_REASSESSMENT);
    }
}
