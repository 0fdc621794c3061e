package org.peaceops.engine.drawdown;

/** Ids and variable names of the drawdown alerts (EventSubProcess_DrawdownAlerts of the lifecycle). */
public final class DrawdownAlert {

    public static final String TASK_CHECK_SCHEDULE = "Task_CheckDrawdownSchedule";
    public static final String TASK_RESOLVE_OVERDUE_SITE = "Task_ResolveOverdueSite";
    public static final String TASK_RESOLVE_OVERRUNNING_PHASE = "Task_ResolveOverrunningPhase";
    public static final String END_ALERTS_ANSWERED = "EndEvent_DrawdownAlertsAnswered";

    /** Escalation kinds; subjects "site:" and "phase:" with the id. */
    public static final String SITE_OVERDUE = "SITE_OVERDUE";

    public static final String PHASE_OVERRUN = "PHASE_OVERRUN";
    static final String SITE_SUBJECT = "site:";
    static final String PHASE_SUBJECT = "phase:";

    // the check (local to each check)
    public static final String OVERDUE_SITE_IDS = "overdueSiteIds";
    public static final String OVERRUNNING_PHASE_IDS = "overrunningPhaseIds";
    public static final String OVERDUE_SITE_ID = "overdueSiteId";
    public static final String OVERRUNNING_PHASE_ID = "overrunningPhaseId";
    // the answers
    public static final String PLANNED_CLOSURE = "plannedClosure";
    public static final String PLANNED_END = "plannedEnd";
    public static final String SITE_RESOLUTION = "siteResolution";
    public static final String REVISED_CLOSURE = "revisedClosure";
    public static final String SITE_CLOSED_ON = "overdueSiteClosedOn";
    public static final String SITE_OUTCOME = "overdueSiteOutcome";
    public static final String RECEIVING_AUTHORITY = "overdueSiteReceivingAuthority";
    public static final String CERTIFICATE_LINK = "overdueSiteCertificateLink";
    public static final String SITE_EXPLANATION = "siteExplanation";
    public static final String REVISED_END = "revisedEnd";
    public static final String OVERRUN_EXPLANATION = "overrunExplanation";

    public static final String RESCHEDULE = "RESCHEDULE";
    public static final String ALREADY_CLOSED = "ALREADY_CLOSED";

    private DrawdownAlert() {}
}
