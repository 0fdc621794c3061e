package org.peaceops.engine.assessment;

import java.time.LocalDate;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.peaceops.engine.assessment.AssessmentRecords.AssessmentProduct;
import org.peaceops.engine.assessment.AssessmentRecords.Consultation;
import org.springframework.stereotype.Component;

/**
 * Complete listener of the assessment's user tasks, after the form check: writes what the task
 * produced (a product or a consultation) to the project's tables, in the completing transaction.
 */
@Component("assessmentRecorder")
public class AssessmentRecorder implements TaskListener {

    private final AssessmentRecords records;
    private final IdentityService identityService;

    public AssessmentRecorder(AssessmentRecords records, IdentityService identityService) {
        this.records = records;
        this.identityService = identityService;
    }

    @Override
    public void notify(DelegateTask task) {
        String operation = task.getExecution().getProcessBusinessKey();
        String taskId = task.getTaskDefinitionKey();
        String user = completedBy(task);
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
                        LocalDate.parse(text(task, step.date())),
                        text(task, step.topic()),
                        text(task, step.outcome()),
                        text(task, step.recordLink()),
                        number(task, step.participants()),
                        step.countsParticipation() ? number(task, step.women()) : null,
                        step.countsParticipation() ? number(task, step.youth()) : null,
                        step.countsParticipation() ? number(task, step.personsWithDisabilities()) : null,
                        "ASSESSMENT",
                        user));
    }

    private String completedBy(DelegateTask task) {
        var authentication = identityService.getCurrentAuthentication();
        return authentication != null ? authentication.getUserId() : task.getAssignee();
    }

    private static String text(DelegateTask task, String variable) {
        if (variable == null) {
            return null;
        }
        Object value = task.getVariable(variable);
        return value == null || value.toString().isBlank() ? null : value.toString();
    }

    private static Integer number(DelegateTask task, String variable) {
        Object value = task.getVariable(variable);
        return value instanceof Number n ? n.intValue() : null;
    }
}
