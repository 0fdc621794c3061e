package org.peaceops.engine.camunda;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;

/**
 * What an execution belongs to: the instance that called its process, and the deployment of its
 * definition. Looks at the engine's own objects rather than querying, so that the answer does not depend
 * on what the person completing a task may read.
 */
public final class Executions {

    private Executions() {}

    /** Whether the calling instance has the activity active; false for an instance nobody called. */
    public static boolean callerHasActive(DelegateExecution execution, String activityId) {
        ExecutionEntity caller =
                ((ExecutionEntity) execution).getProcessInstance().getSuperExecution();
        return caller != null
                && caller.getProcessInstance().findActiveActivityIds().contains(activityId);
    }

    /** The deployment the execution's process definition came from. */
    public static String deploymentOf(DelegateExecution execution) {
        return ((ExecutionEntity) execution).getProcessDefinition().getDeploymentId();
    }

    /**
     * The key of the execution's process definition. Not cut from the definition's id: an id longer
     * than the engine's 64 characters ("post-transition-monitoring:12:" and a UUID) is the UUID alone.
     */
    public static String processKeyOf(DelegateExecution execution) {
        return ((ExecutionEntity) execution).getProcessDefinition().getKey();
    }
}
