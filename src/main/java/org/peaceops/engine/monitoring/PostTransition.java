package org.peaceops.engine.monitoring;

import org.peaceops.engine.shared.ProcessKeys;

/** Ids and variable names of post-transition-monitoring.bpmn, and of the lifecycle's liquidation. */
public final class PostTransition {

    public static final String PROCESS_ID = ProcessKeys.POST_TRANSITION_MONITORING;

    public static final String EVENT_CHECK_DUE = "Event_CheckDue";
    public static final String GATEWAY_WINDOW_OVER = "Gateway_WindowOver";
    public static final String TASK_CHECK_RELAPSE = "Task_CheckRelapse";
    public static final String GATEWAY_RELAPSE_RISK = "Gateway_RelapseRisk";
    public static final String TASK_ESCALATE_RELAPSE_RISK = "Task_EscalateRelapseRisk";
    public static final String TASK_COMPLETE_POST_TRANSITION = "Task_CompletePostTransition";
    public static final String END_MONITORING_ENDED = "EndEvent_MonitoringEnded";

    // the lifecycle's liquidation
    public static final String SUBPROCESS_LIQUIDATION = "SubProcess_Liquidation";
    public static final String TASK_DISPOSE_ASSETS = "Task_DisposeMissionAssets";
    public static final String TASK_TRANSFER_ARCHIVES = "Task_TransferMissionArchives";
    public static final String TASK_END_OF_MISSION_REPORT = "Task_SubmitEndOfMissionReport";

    /** A check that found a risk of relapse; subject "check:" and its id. */
    public static final String RELAPSE_ESCALATION = "RELAPSE_RISK";

    public static final String COMPLETED_ON = "completedOn";
    public static final String CHECK_QUARTER = "checkQuarter";
    public static final String PROTECTION_INCIDENTS = "protectionIncidents";
    public static final String POLITICAL_STABILITY = "politicalStability";
    /** Human rights after the withdrawal: the trend of violations reported, and civic space. */
    public static final String HUMAN_RIGHTS_VIOLATIONS = "humanRightsViolations";

    public static final String CIVIC_SPACE = "civicSpace";
    public static final String FUNDING_PERCENT = "fundingPercent";
    public static final String RELAPSE_ASSESSMENT = "relapseAssessment";
    public static final String RELAPSE_RISK = "relapseRisk";
    public static final String RELAPSE_CHECK_ID = "relapseCheckId";
    public static final String RELAPSE_FINDINGS = "relapseFindings";
    public static final String REFERRAL = "referral";
    public static final String REFERRAL_NOTE = "referralNote";
    public static final String LIQUIDATION_STEP = "liquidationStep";
    public static final String LIQUIDATION_LINK = "liquidationLink";
    public static final String LIQUIDATION_SUMMARY = "liquidationSummary";
    public static final String LIQUIDATION_COMPLETED_ON = "liquidationCompletedOn";

    private PostTransition() {}
}
