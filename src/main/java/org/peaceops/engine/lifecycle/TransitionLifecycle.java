package org.peaceops.engine.lifecycle;

import org.peaceops.engine.shared.OperationVariables;
import org.peaceops.engine.shared.ProcessKeys;

/** Ids and variable names of transition-lifecycle.bpmn. */
public final class TransitionLifecycle {

    public static final String PROCESS_ID = ProcessKeys.TRANSITION_LIFECYCLE;

    public static final String START_EVENT = "StartEvent_TransitionRequested";
    public static final String TASK_OPEN_OPERATION = "Task_OpenOperation";
    public static final String GATEWAY_ASSESSMENT_ROUND = "Gateway_AssessmentRound";
    public static final String CALL_STRATEGIC_ASSESSMENT = "CallActivity_StrategicAssessment";
    public static final String TASK_RECORD_COUNCIL_DECISION = "Task_RecordCouncilDecision";
    public static final String EVENT_COUNCIL_DECISION_RECEIVED = "Event_CouncilDecisionReceived";
    public static final String GATEWAY_DECISION_IN = "Gateway_CouncilDecisionIn";
    public static final String TASK_REGISTER_COUNCIL_DECISION = "Task_RegisterCouncilDecision";
    public static final String GATEWAY_COUNCIL_OUTCOME = "Gateway_CouncilOutcome";
    public static final String TASK_ENTER_PLANNING_STAGE = "Task_EnterPlanningStage";
    public static final String TASK_CLOSE_TERMINATED_TRANSITION = "Task_CloseTerminatedTransition";
    public static final String END_LIFECYCLE_TERMINATED = "EndEvent_LifecycleTerminated";
    public static final String SUBPROCESS_PLANNING_AND_DRAWDOWN = "SubProcess_PlanningAndDrawdown";
    public static final String START_PLANNING = "StartEvent_PlanningStarted";
    public static final String CALL_JOINT_TRANSITION_PLANNING = "CallActivity_JointTransitionPlanning";
    public static final String TASK_ENTER_DRAWDOWN_STAGE = "Task_EnterDrawdownStage";
    public static final String GATEWAY_PHASES_ON_RECORD = "Gateway_PhasesOnRecord";
    /** One drawdown-phase per phase not yet completed, in sequence. */
    public static final String CALL_DRAWDOWN_PHASE = "CallActivity_DrawdownPhase";
    /** The drawdown of a transition without phases on record, as a whole. */
    public static final String TASK_RECORD_DRAWDOWN_ENDED = "Task_RecordDrawdownEnded";

    public static final String GATEWAY_DRAWDOWN_ENDED = "Gateway_DrawdownEnded";

    public static final String END_LAST_PHASE_ENDED = "EndEvent_LastPhaseEnded";
    public static final String TASK_ENTER_CLOSURE_STAGE = "Task_EnterClosureStage";
    public static final String CALL_CLOSURE = "CallActivity_Closure";
    public static final String CALL_POST_TRANSITION_MONITORING = "CallActivity_PostTransitionMonitoring";
    public static final String SUBPROCESS_LIQUIDATION = "SubProcess_Liquidation";
    public static final String END_TRANSITION_ENDED = "EndEvent_TransitionEnded";
    public static final String EVENT_SUBPROCESS_BENCHMARK_REVIEW = "EventSubProcess_BenchmarkReview";
    public static final String START_REVIEW_PERIOD_ELAPSED = "StartEvent_ReviewPeriodElapsed";
    public static final String CALL_BENCHMARK_REVIEW = "CallActivity_BenchmarkReview";
    public static final String END_REVIEW_DONE = "EndEvent_ReviewDone";
    public static final String EVENT_SUBPROCESS_REASSESSMENT = "EventSubProcess_Reassessment";
    public static final String START_REASSESSMENT_REQUESTED = "StartEvent_ReassessmentRequested";
    public static final String CALL_REASSESSMENT = "CallActivity_Reassessment";
    public static final String END_REASSESSMENT_CLEARED = "EndEvent_ReassessmentCleared";

    public static final String EVENT_SUBPROCESS_DRAWDOWN_ALERTS = "EventSubProcess_DrawdownAlerts";
    public static final String START_DRAWDOWN_CHECK_DUE = "StartEvent_DrawdownCheckDue";

    public static final String EVENT_SUBPROCESS_COUNCIL_REPORTING = "EventSubProcess_CouncilReporting";
    public static final String START_REPORTING_PERIOD_ELAPSED = "StartEvent_ReportingPeriodElapsed";
    public static final String CALL_COUNCIL_REPORT = "CallActivity_CouncilReport";
    public static final String END_REPORT_CYCLE_ENDED = "EndEvent_ReportCycleEnded";
    public static final String EVENT_SUBPROCESS_MANDATE_DECISION = "EventSubProcess_MandateDecision";
    public static final String START_MANDATE_DECISION_RECEIVED = "StartEvent_MandateDecisionReceived";
    public static final String GATEWAY_MANDATE_BY_MESSAGE = "Gateway_MandateByMessage";
    public static final String END_MANDATE_DECISION_REGISTERED = "EndEvent_MandateDecisionRegistered";
    public static final String END_MANDATE_TERMINATED_BY_MESSAGE = "EndEvent_MandateTerminatedByMessage";
    public static final String EVENT_MANDATE_TERMINATED = "Event_MandateTerminated";
    public static final String GATEWAY_TO_CLOSURE = "Gateway_ToClosure";

    public static final String MESSAGE_COUNCIL_DECISION = "Message_CouncilDecision";
    public static final String MESSAGE_MANDATE_DECISION = "Message_MandateDecision";
    public static final String MESSAGE_HOST_CONSENT_WITHDRAWN = "Message_HostConsentWithdrawn";
    public static final String END_WITHDRAWAL_ACCELERATED = "EndEvent_WithdrawalAccelerated";
    public static final String FORM_MANDATE_DECISION = "form-record-mandate-decision";
    public static final String ESCALATION_REASSESSMENT_REQUESTED = "REASSESSMENT_REQUESTED";

    public static final String FORM_START_TRANSITION = "form-start-transition";
    public static final String FORM_COUNCIL_DECISION = "form-council-decision";
    public static final String FORM_RECORD_PHASE_ENDED = "form-record-phase-ended";

    // start form
    public static final String OPERATION_CODE = OperationVariables.OPERATION_CODE;
    public static final String OPERATION_NAME = OperationVariables.OPERATION_NAME;
    public static final String HOST_COUNTRY = "hostCountry";
    public static final String TRANSITION_TRIGGER = "transitionTrigger";
    public static final String TRANSITION_STARTED_ON = "transitionStartedOn";
    public static final String WORKING_LANGUAGE = OperationVariables.WORKING_LANGUAGE;
    /** Set at registration: the id of the transition row this instance drives. */
    public static final String TRANSITION_ID = OperationVariables.TRANSITION_ID;

    // Council decision, from the task or from Message_CouncilDecision
    public static final String RESOLUTION_SYMBOL = "resolutionSymbol";
    public static final String RESOLUTION_ADOPTED_ON = "resolutionAdoptedOn";
    public static final String COUNCIL_OUTCOME = "councilOutcome";
    public static final String COUNCIL_NOTES = "councilNotes";
    public static final String TERMINATION_REASON = "terminationReason";
    public static final String DECISION_SOURCE = "councilDecisionSource";
    public static final String DECISION_RECORDED_BY = "councilDecisionRecordedBy";

    // the drawdown, phase by phase (drawdown-phase); a drawdown without phases ends as a whole
    public static final String PHASE_ID = "phaseId";

    // a later decision of the Council, from the report's last task or Message_MandateDecision
    public static final String MANDATE_OUTCOME = "mandateOutcome";
    public static final String MANDATE_ENDS_ON = "mandateEndsOn";
    public static final String MANDATE_NOTES = "mandateNotes";

    /** Input of the stage service task: the stage it moves the transition to. */
    public static final String TARGET_STAGE = "targetStage";

    private TransitionLifecycle() {}
}
