package org.peaceops.engine.reporting;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Task_RecordReportSubmission, completed after the form check: the report's symbol and the day it was
 * submitted go on its record.
 */
@Component
public class ReportSubmissionRecorder implements TaskListener {

    private final CouncilReports reports;

    public ReportSubmissionRecorder(CouncilReports reports) {
        this.reports = reports;
    }

    @Override
    public void notify(DelegateTask task) {
        reports.submitted(task);
    }
}
