package org.peaceops.engine.reporting;

import static org.peaceops.engine.reporting.CouncilReporting.*;

import java.time.Clock;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.peaceops.engine.access.CurrentUser;
import org.peaceops.engine.camunda.FormValues;
import org.peaceops.engine.pbc.PbcAdviceRecords;
import org.springframework.stereotype.Component;

/** What council-reporting.bpmn writes as each task completes, and whether the PBC's advice is fresh. */
@Component
public class CouncilReports {

    private final CouncilReportRecords records;
    private final PbcAdviceRecords pbcAdvice;
    private final CouncilReportSchedule schedule;
    private final CurrentUser currentUser;
    private final Clock clock;

    public CouncilReports(
            CouncilReportRecords records,
            PbcAdviceRecords pbcAdvice,
            CouncilReportSchedule schedule,
            CurrentUser currentUser,
            Clock clock) {
        this.records = records;
        this.pbcAdvice = pbcAdvice;
        this.schedule = schedule;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    public void drafted(DelegateTask task) {
        records.drafted(
                reportId(task),
                FormValues.text(task, TRANSITION_SECTION),
                FormValues.text(task, DRAFT_LINK),
                currentUser.completing(task));
    }

    public void genderReviewed(DelegateTask task) {
        records.genderReviewed(reportId(task), FormValues.text(task, GENDER_FINDINGS), currentUser.completing(task));
    }

    public void cleared(DelegateTask task) {
        records.cleared(
                reportId(task),
                FormValues.text(task, REPORT_CLEARANCE),
                FormValues.text(task, RETURN_REASONS),
                currentUser.completing(task));
    }

    public void submitted(DelegateTask task) {
        records.submitted(
                reportId(task),
                FormValues.text(task, REPORT_SYMBOL),
                FormValues.date(task, SUBMITTED_ON),
                currentUser.completing(task));
    }

    /** What the PBC's advice on this report is linked to. */
    public String reference(DelegateExecution execution) {
        return "report " + execution.getVariable(REPORT_ID);
    }

    /** Gateway_PbcAdviceFresh: the Commission advised within the reporting period: no need to ask again. */
    public boolean pbcAdviceFresh(DelegateExecution execution) {
        String operation = execution.getProcessBusinessKey();
        LocalDate since = LocalDate.now(clock).minus(schedule.period(operation));
        return pbcAdvice
                .latestReceived(operation)
                .filter(received -> received.isAfter(since))
                .isPresent();
    }

    private static long reportId(DelegateTask task) {
        return (Long) task.getVariable(REPORT_ID);
    }
}
