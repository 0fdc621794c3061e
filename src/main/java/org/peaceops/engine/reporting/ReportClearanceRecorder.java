package org.peaceops.engine.reporting;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Task_ClearReport, completed after the form check: the Executive Office's clearance, or its reasons
 * for returning the draft, go on the report's record.
 */
@Component
public class ReportClearanceRecorder implements TaskListener {

    private final CouncilReports reports;

    public ReportClearanceRecorder(CouncilReports reports) {
        this.reports = reports;
    }

    @Override
    public void notify(DelegateTask task) {
        reports.cleared(task);
    }
}
