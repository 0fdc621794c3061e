package org.peaceops.engine.pbc;

import static org.peaceops.engine.pbc.PbcConsultation.*;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.peaceops.engine.access.CurrentUser;
import org.peaceops.engine.camunda.FormValidator;
import org.peaceops.engine.camunda.FormValues;
import org.peaceops.engine.escalation.Escalations;
import org.peaceops.engine.planning.PlanningRecords;
import org.springframework.stereotype.Component;

/**
 * What pbc-consultation.bpmn asks of the domain: the request and the meeting written down as they
 * are decided, the advice taken in from PBSO's task or from Message_PbcAdviceReceived (held to the
 * same form), when the advice is late, and whether the plan already has the Commission's advice.
 */
@Component
public class PbcAdvice {

    static final Set<String> INFORMS = Set.of(INFORMS_PLAN, INFORMS_REPORT);
    static final String CHASE_CHANNEL = "TASKLIST";

    private final PbcAdviceRecords records;
    private final PlanningRecords planning;
    private final Escalations escalations;
    private final FormValidator formValidator;
    private final CurrentUser currentUser;
    private final PbcProperties properties;

    public PbcAdvice(
            PbcAdviceRecords records,
            PlanningRecords planning,
            Escalations escalations,
            FormValidator formValidator,
            CurrentUser currentUser,
            PbcProperties properties) {
        this.records = records;
        this.planning = planning;
        this.escalations = escalations;
        this.formValidator = formValidator;
        this.currentUser = currentUser;
        this.properties = properties;
    }

    /** StartEvent_AdviceNeeded: the caller must say what the advice informs and by when. */
    public void opened(DelegateExecution execution) {
        Object informs = execution.getVariable(ADVICE_INFORMS);
        if (!INFORMS.contains(informs) || !(execution.getVariable(ADVICE_DUE_DATE) instanceof Date)) {
            throw new IllegalStateException("pbc-consultation needs " + ADVICE_INFORMS + " (PLAN or REPORT) and "
                    + ADVICE_DUE_DATE + " (a date) from its caller, not " + informs + " and "
                    + execution.getVariable(ADVICE_DUE_DATE));
        }
        execution.setVariable(ADVICE_NEEDED_ON, neededBy(execution).toString());
        execution.setVariable(ADVICE_SUBJECT, subject((String) informs));
    }

    /** Task_PrepareAdviceRequest: the request, linked to what it informs (for the plan, its latest draft). */
    public void requested(DelegateTask task) {
        DelegateExecution execution = task.getExecution();
        String operation = execution.getProcessBusinessKey();
        String informs = (String) task.getVariable(ADVICE_INFORMS);
        String reference = INFORMS_PLAN.equals(informs)
                ? planning.latestPlan(operation)
                        .map(plan -> "plan version " + plan.version())
                        .orElse(null)
                : (String) task.getVariable(ADVICE_INFORMS_REF);
        records.requested(new PbcAdviceRecords.Request(
                operation,
                informs,
                reference,
                execution.getProcessInstanceId(),
                neededBy(execution),
                FormValues.text(task, COUNTRY_CONFIGURATION),
                FormValues.text(task, ADVICE_QUESTIONS),
                currentUser.completing(task)));
    }

    /** Task_SchedulePbcMeeting. */
    public void scheduled(DelegateTask task) {
        records.scheduled(
                task.getProcessInstanceId(),
                FormValues.date(task, MEETING_DATE),
                FormValues.text(task, MEETING_FORMAT));
    }

    public void fromTask(DelegateTask task) {
        task.getExecution().setVariable(ADVICE_CHANNEL, "TASK");
        task.getExecution().setVariable(ADVICE_RECORDED_BY, currentUser.completing(task));
    }

    /** Event_PbcAdviceReceived: the message is held to the rules of the task's form. */
    public void fromMessage(DelegateExecution execution) {
        formValidator.validate(FORM_RECORD_ADVICE, execution);
        execution.setVariable(ADVICE_CHANNEL, "MESSAGE");
        execution.setVariable(ADVICE_RECORDED_BY, currentUser.id());
    }

    /** When the advice is late: the configured number of days before it is needed. */
    public Date escalateAt(DelegateExecution execution) {
        Date due = (Date) execution.getVariable(ADVICE_DUE_DATE);
        return Date.from(due.toInstant().minus(Duration.ofDays(properties.escalateDaysBefore())));
    }

    /** Task_ChaseLateAdvice, created: the escalation, open until the task is completed or the advice is in. */
    public void escalate(DelegateTask task) {
        escalations.openFor(
                task,
                LATE_ESCALATION,
                task.getProcessInstanceId(),
                "the Peacebuilding Commission's advice on " + task.getVariable(ADVICE_SUBJECT)
                        + " is not in; it is needed by " + task.getVariable(ADVICE_NEEDED_ON));
    }

    public void chased(DelegateTask task) {
        escalations.close(
                task.getExecution().getProcessBusinessKey(),
                LATE_ESCALATION,
                task.getProcessInstanceId(),
                currentUser.completing(task),
                FormValues.text(task, CHASE_ACTION),
                CHASE_CHANNEL);
    }

    /** Gateway_PbcAdviceOnRecord (joint planning): a redraft keeps the advice the plan already has. */
    public boolean onRecordForPlan(DelegateExecution execution) {
        return records.onRecord(execution.getProcessBusinessKey(), INFORMS_PLAN);
    }

    static String subject(String informs) {
        return INFORMS_PLAN.equals(informs) ? "the transition plan" : "the report to the Security Council";
    }

    private static LocalDate neededBy(DelegateExecution execution) {
        return LocalDate.ofInstant(((Date) execution.getVariable(ADVICE_DUE_DATE)).toInstant(), ZoneOffset.UTC);
    }
}
