package org.peaceops.engine.reporting;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Task_GenderReviewOfReport, completed after the form check: the gender adviser's findings go on the
 * report's record.
 */
@Component
public class ReportGenderReviewRecorder implements TaskListener {

    private final CouncilReports reports;

    public ReportGenderReviewRecorder(CouncilReports reports) {
        this.reports = reports;
    }

    @Override
    public void notify(DelegateTask task) {
        reports.genderReviewed(task);
    }
}
