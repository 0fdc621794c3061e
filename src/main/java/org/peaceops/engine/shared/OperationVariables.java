package org.peaceops.engine.shared;

/**
 * The variables every instance of an operation carries, whatever its process: the tenant, the task
 * names and the Tasklist filters read them.
 */
public final class OperationVariables {

    public static final String OPERATION_CODE = "operationCode";
    public static final String OPERATION_NAME = "operationName";
    /** Set at registration: the id of the transition row the lifecycle drives. */
    public static final String TRANSITION_ID = "transitionId";

    private OperationVariables() {}
}
