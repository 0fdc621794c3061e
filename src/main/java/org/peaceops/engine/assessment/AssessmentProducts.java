package org.peaceops.engine.assessment;

import static org.peaceops.engine.camunda.FormValues.text;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.peaceops.engine.access.CurrentUser;
import org.peaceops.engine.assessment.AssessmentRecords.AssessmentProduct;
import org.springframework.stereotype.Service;

/**
 * What an assessment task produced, as its recorder passes it on after the form check: written to
 * the project's tables in the completing transaction.
 */
@Service
public class AssessmentProducts {

    private final AssessmentRecords records;
    private final CurrentUser currentUser;

    public AssessmentProducts(AssessmentRecords records, CurrentUser currentUser) {
        this.records = records;
        this.currentUser = currentUser;
    }

    public void record(DelegateTask task, AssessmentStep step) {
        records.recordProduct(
                task.getExecution().getProcessBusinessKey(),
                new AssessmentProduct(
                        step.name(),
                        text(task, step.linkVariable()),
                        text(task, step.summaryVariable()),
                        text(task, step.ratingVariable()),
                        currentUser.completing(task)));
    }
}
