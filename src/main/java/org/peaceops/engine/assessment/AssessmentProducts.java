package org.peaceops.engine.assessment;

import static org.peaceops.engine.camunda.FormValues.text;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.peaceops.engine.access.CurrentUser;
import org.peaceops.engine.assessment.AssessmentRecords.AssessmentProduct;
import org.springframework.stereotype.Component;

/**
 * Complete listener of the assessment's product tasks, after the form check: writes what the task
 * produced to the project's tables, in the completing transaction.
 */
@Component("assessmentRecorder")
public class AssessmentRecorder implements TaskListener {

    private final AssessmentRecords records;
    private final CurrentUser currentUser;

    public AssessmentRecorder(AssessmentRecords records, CurrentUser currentUser) {
        this.records = records;
        this.currentUser = currentUser;
    }

    @Override
    public void notify(DelegateTask task) {
        String operation = task.getExecution().getProcessBusinessKey();
        String taskId = task.getTaskDefinitionKey();
        String user = currentUser.completing(task);
        AssessmentStep step = AssessmentStep.forTask(taskId)
                .orElseThrow(() -> new IllegalStateException("task " + taskId + " records no assessment product"));
        records.recordProduct(
                operation,
                new AssessmentProduct(
                        step.name(),
                        text(task, step.linkVariable()),
                        text(task, step.summaryVariable()),
                        text(task, step.ratingVariable()),
                        user));
    }
}
