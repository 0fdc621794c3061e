package org.peaceops.engine.assessment;

import static org.peaceops.engine.forms.FormValues.date;
import static org.peaceops.engine.forms.FormValues.integer;
import static org.peaceops.engine.forms.FormValues.text;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.peaceops.engine.assessment.AssessmentRecords.AssessmentProduct;
import org.peaceops.engine.assessment.AssessmentRecords.Consultation;
import org.peaceops.engine.platform.CurrentUser;
import org.springframework.stereotype.Component;

/**
 * Complete listener of the assessment's user tasks, after the form check: writes what the task
 * produced (a product or a consultation) to the project's tables, in the completing transaction.
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
        var product = AssessmentStep.forTask(taskId);
        if (product.isPresent()) {
            AssessmentStep step = product.get();
            records.recordProduct(
                    operation,
                    new AssessmentProduct(
                            step.name(),
                            text(task, step.linkVariable()),
                            text(task, step.summaryVariable()),
                            text(task, step.ratingVariable()),
                            user));
            return;
        }
        ConsultationStep step = ConsultationStep.forTask(taskId)
                .orElseThrow(() -> new IllegalStateException("task " + taskId + " records nothing"));
        records.recordConsultation(
                operation,
                new Consultation(
                        step.counterpart(),
                        date(task, step.date()),
                        text(task, step.topic()),
                        text(task, step.outcome()),
                        text(task, step.recordLink()),
                        integer(task, step.participants()),
                        step.countsParticipation() ? integer(task, step.women()) : null,
                        step.countsParticipation() ? integer(task, step.youth()) : null,
                        step.countsParticipation() ? integer(task, step.personsWithDisabilities()) : null,
                        "ASSESSMENT",
                        user));
    }
}
