package org.peaceops.engine.closure;

import org.peaceops.engine.shared.ProcessKeys;

/** Ids and variable names of closure.bpmn. */
public final class Closure {

    public static final String PROCESS_ID = ProcessKeys.CLOSURE;

    public static final String START_CLOSURE_STARTED = "StartEvent_ClosureStarted";
    public static final String TASK_RECORD_MANDATE_END = "Task_RecordMandateEnd";
    public static final String TASK_LIST_RESIDUAL_TASK = "Task_ListResidualTask";
    public static final String GATEWAY_MORE_RESIDUAL_TASKS = "Gateway_MoreResidualTasks";
    public static final String SUBPROCESS_RESIDUAL_TASK_HANDOVER = "SubProcess_ResidualTaskHandover";
    public static final String TASK_HAND_OVER_RESIDUAL_TASK = "Task_HandOverResidualTask";
    public static final String GATEWAY_RESIDUAL_TASK_FUNDED = "Gateway_ResidualTaskFunded";
    public static final String TASK_ADDRESS_FUNDING_GAP = "Task_AddressResidualFundingGap";
    public static final String END_RESIDUAL_TASK_HANDED_OVER = "EndEvent_ResidualTaskHandedOver";
    public static final String TASK_RECORD_TRANSITION_LESSON = "Task_RecordTransitionLesson";
    public static final String TASK_RECORD_WITHDRAWAL_COMPLETE = "Task_RecordWithdrawalComplete";
    public static final String END_WITHDRAWAL_COMPLETE = "EndEvent_WithdrawalComplete";

    /** The escalation of a residual task without full funding; subject "residual:" and its id. */
    public static final String FINANCIAL_CLIFF = "FINANCIAL_CLIFF";

    public static final String FUNDING_GAP_GROUPS = "pbso";

    // the mandate
    public static final String MANDATE_ENDED_ON = "mandateEndedOn";
    public static final String MANDATE_END_NOTE = "mandateEndNote";
    // listing the residual tasks
    public static final String RESIDUAL_TASK_LISTING = "residualTaskListing";
    public static final String ADD = "ADD";
    public static final String RESIDUAL_TITLE = "residualTitle";
    public static final String RESIDUAL_DESCRIPTION = "residualDescription";
    public static final String RESIDUAL_RECEIVING_ENTITY = "residualReceivingEntity";
    public static final String RESIDUAL_ANNUAL_COST_USD = "residualAnnualCostUsd";
    // one residual task (local to each instance of the subprocess)
    public static final String RESIDUAL_TASK_ID = "residualTaskId";
    public static final String RECEIVING_ENTITY = "receivingEntity";
    public static final String CAPACITY_CONFIRMED = "capacityConfirmed";
    public static final String CAPACITY_NOTE = "capacityNote";
    public static final String RESIDUAL_FUNDING = "residualFunding";
    public static final String FUNDED = "FUNDED";
    public static final String FUNDING_SOURCE = "fundingSource";
    public static final String FUNDED_AMOUNT_USD = "fundedAmountUsd";
    public static final String RESIDUAL_HANDED_OVER_ON = "residualHandedOverOn";
    public static final String GAP_DECISION = "gapDecision";
    public static final String GAP_NOTE = "gapNote";
    // the withdrawal
    public static final String COMPLETED_ON = "completedOn";
    public static final String WITHDRAWAL_SUMMARY = "withdrawalSummary";

    private Closure() {}
}
