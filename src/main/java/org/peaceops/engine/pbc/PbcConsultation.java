package org.peaceops.engine.pbc;

import org.peaceops.engine.shared.ProcessKeys;

/** Ids and variable names of pbc-consultation.bpmn. */
public final class PbcConsultation {

    public static final String PROCESS_ID = ProcessKeys.PBC_CONSULTATION;

    public static final String START_ADVICE_NEEDED = "StartEvent_AdviceNeeded";
    public static final String TASK_PREPARE_REQUEST = "Task_PrepareAdviceRequest";
    public static final String TASK_SCHEDULE_MEETING = "Task_SchedulePbcMeeting";
    public static final String SUBPROCESS_AWAIT_ADVICE = "SubProcess_AwaitAdvice";
    public static final String TASK_RECORD_ADVICE = "Task_RecordPbcAdvice";
    public static final String EVENT_ADVICE_LATE = "Event_PbcAdviceLate";
    public static final String TASK_CHASE_LATE_ADVICE = "Task_ChaseLateAdvice";
    public static final String END_LATE_ADVICE_CHASED = "EndEvent_LateAdviceChased";
    public static final String END_ADVICE_RECORDED = "EndEvent_AdviceRecorded";
    public static final String EVENT_ADVICE_RECEIVED = "Event_PbcAdviceReceived";
    public static final String TASK_FILE_ADVICE = "Task_FileAdvice";
    public static final String END_ADVICE_ON_RECORD = "EndEvent_AdviceOnRecord";

    public static final String MESSAGE_ADVICE_RECEIVED = "Message_PbcAdviceReceived";
    public static final String FORM_RECORD_ADVICE = "form-record-pbc-advice";

    /** The escalation kind of advice not in N days before it is needed; subject: the consultation's instance. */
    public static final String LATE_ESCALATION = "PBC_ADVICE_LATE";

    // from the caller
    public static final String ADVICE_INFORMS = "adviceInforms";
    public static final String ADVICE_DUE_DATE = "adviceDueDate";
    /** What the advice is linked to, for a report ("report 12"); the plan's is its latest draft. */
    public static final String ADVICE_INFORMS_REF = "adviceInformsRef";
    // shown on the forms
    public static final String ADVICE_NEEDED_ON = "adviceNeededOn";
    /** What the advice informs, in words: "the transition plan". */
    public static final String ADVICE_SUBJECT = "adviceSubject";
    // the forms
    public static final String COUNTRY_CONFIGURATION = "countryConfiguration";
    public static final String ADVICE_QUESTIONS = "adviceQuestions";
    public static final String MEETING_DATE = "meetingDate";
    public static final String MEETING_FORMAT = "meetingFormat";
    public static final String ADVICE_RECEIVED_ON = "adviceReceivedOn";
    public static final String ADVICE_SUMMARY = "adviceSummary";
    public static final String ADVICE_LINK = "adviceLink";
    public static final String CHASE_ACTION = "chaseAction";
    // where the advice came from, and who entered it
    public static final String ADVICE_CHANNEL = "adviceChannel";
    public static final String ADVICE_RECORDED_BY = "adviceRecordedBy";

    /** What the advice informs. */
    public static final String INFORMS_PLAN = "PLAN";

    public static final String INFORMS_REPORT = "REPORT";

    private PbcConsultation() {}
}
