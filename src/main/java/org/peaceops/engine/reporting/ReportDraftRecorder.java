package org.peaceops.engine.reporting;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Task_DraftTransitionSection, completed after the form check: the draft goes on the report's record,
 * as its current draft and as one more drafting round.
 */
@Component
public class ReportDraftRecorder implements TaskListener {

    private final CouncilReports reports;

    public ReportDraftRecorder(CouncilReports reports) {
        this.reports = reports;
    }

    @Override
    public void notify(DelegateTask task) {
        reports.drafted(task);
    }
}
