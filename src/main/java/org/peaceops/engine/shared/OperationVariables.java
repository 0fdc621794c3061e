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
    /**
     * The operation's working language ({@code en}, {@code fr}), a copy of the registry's for the
     * listeners that name and describe tasks without a read.
     */
    public static final String WORKING_LANGUAGE = "workingLanguage";

    private OperationVariables() {}
}
