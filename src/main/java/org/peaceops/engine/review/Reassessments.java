package org.peaceops.engine.review;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.peaceops.engine.lifecycle.TransitionLifecycle;
import org.springframework.stereotype.Component;

/** Whether the lifecycle that runs this review is already reassessing the transition. */
@Component("reassessments")
public class Reassessments {

    /**
     * Looks at the calling lifecycle instance itself rather than querying, so that the answer does
     * not depend on what the person completing the task may read.
     */
    public boolean underWay(DelegateExecution execution) {
        ExecutionEntity caller =
                ((ExecutionEntity) execution).getProcessInstance().getSuperExecution();
        return caller != null
                && caller.getProcessInstance().findActiveActivityIds().contains(TransitionLifecycle.CALL_REASSESSMENT);
    }
}
