package org.peaceops.engine.reporting;

import org.peaceops.engine.shared.ProcessKeys;

/** Ids and variable names of council-reporting.bpmn. */
public final class CouncilReporting {

    public static final String PROCESS_ID = ProcessKeys.COUNCIL_REPORTING;

    public static final String START_REPORT_DUE = "StartEvent_ReportingPeriodDue";
    public static final String TASK_OPEN_REPORT = "Task_OpenReport";
    public static final String GATEWAY_DRAFT_ROUND = "Gateway_DraftRound";
    public static final String TASK_DRAFT_SECTION = "Task_DraftTransitionSection";
    public static final String GATEWAY_PBC_ADVICE_FRESH = "Gateway_PbcAdviceFresh";
    public static final String CALL_PBC_ADVICE_ON_REPORT = "CallActivity_PbcAdviceOnReport";
    public static final String TASK_GENDER_REVIEW = "Task_GenderReviewOfReport";
    public static final String TASK_CLEAR_REPORT = "Task_ClearReport";
    public static final String GATEWAY_REPORT_CLEARED = "Gateway_ReportCleared";
    public static final String TASK_RECORD_SUBMISSION = "Task_RecordReportSubmission";
    public static final String TASK_RECORD_COUNCIL_RESPONSE = "Task_RecordCouncilResponse";
    public static final String GATEWAY_MANDATE_OUTCOME = "Gateway_MandateOutcome";
    public static final String END_REPORT_CYCLE_DONE = "EndEvent_ReportCycleDone";
    public static final String END_MANDATE_TERMINATED = "EndEvent_MandateTerminated";

    public static final String REPORT_ID = "reportId";
    public static final String REPORT_DUE_DATE = "reportDueDate";
    public static final String REPORT_DUE_ON = "reportDueOn";
    public static final String REPORT_OPENED_ON = "reportOpenedOn";
    /** The draft of the transition section as the records last wrote it: a different section is a person's. */
    public static final String TRANSITION_SECTION_DRAFTED = "transitionSectionDrafted";

    public static final String TRANSITION_SECTION = "transitionSection";
    public static final String DRAFT_LINK = "draftLink";
    public static final String GENDER_FINDINGS = "genderFindings";
    public static final String REPORT_CLEARANCE = "reportClearance";
    public static final String RETURN_REASONS = "returnReasons";
    public static final String REPORT_SYMBOL = "reportSymbol";
    public static final String SUBMITTED_ON = "submittedOn";

    private CouncilReporting() {}
}
