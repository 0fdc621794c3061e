package org.peaceops.engine.reporting;

import static org.peaceops.engine.reporting.CouncilReporting.*;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.peaceops.engine.shared.OperationVariables;
import org.peaceops.engine.shared.WorkingLanguage;
import org.springframework.stereotype.Component;

/**
 * Task_OpenReport: records the report with its due date, and starts HQ's draft of the transition
 * section from the records (TransitionSectionDraft); the draft is written again from the records when
 * HQ takes the task, as long as nobody changed it (TransitionSectionRefreshListener).
 */
@Component
public class CouncilReportOpeningDelegate implements JavaDelegate {

    private final CouncilReportRecords records;
    private final TransitionSectionDraft sections;
    private final ReportingProperties properties;
    private final Clock clock;

    public CouncilReportOpeningDelegate(
            CouncilReportRecords records,
            TransitionSectionDraft sections,
            ReportingProperties properties,
            Clock clock) {
        this.records = records;
        this.sections = sections;
        this.properties = properties;
        this.clock = clock;
    }

    private String draft(DelegateExecution execution, String operation, LocalDate today) {
        return sections.of(operation, today, WorkingLanguage.of((String)
                execution.getVariable(OperationVariables.WORKING_LANGUAGE)));
    }

    @Override
    public void execute(DelegateExecution execution) {
        String operation = execution.getProcessBusinessKey();
        LocalDate today = LocalDate.now(clock);
        LocalDate due = today.plusDays(properties.reportDueDays());
        long reportId = records.open(operation, execution.getProcessInstanceId(), due);
        execution.setVariable(REPORT_ID, reportId);
        execution.setVariable(
                REPORT_DUE_DATE, Date.from(clock.instant().plus(Duration.ofDays(properties.reportDueDays()))));
        execution.setVariable(REPORT_DUE_ON, due.toString());
        execution.setVariable(REPORT_OPENED_ON, today.toString());
        String draft = draft(execution, operation, today);
        execution.setVariable(TRANSITION_SECTION, draft);
        execution.setVariable(TRANSITION_SECTION_DRAFTED, draft);
    }
}
