package org.peaceops.engine.camunda;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.peaceops.engine.shared.FieldError;
import org.peaceops.engine.shared.InputRejectedException;
import org.peaceops.engine.shared.WorkingLanguage;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Validates again on the server what the Camunda Form validated in the browser: a complete listener
 * on every user task, a start listener on every start event with a form. A refusal rolls the whole
 * command back, so the task stays open (or no instance starts) and no variable changes. A refusal
 * names the field by its label and says what is expected, in the operation's working language, as
 * the form showed them; a start form, which belongs to no operation yet, is answered in English.
 */
@Component("formValidator")
public class FormValidator implements TaskListener, ExecutionListener {

    private final DeployedForms deployedForms;
    private final Clock clock;
    private final MessageSource messages;

    public FormValidator(DeployedForms deployedForms, Clock clock, MessageSource messages) {
        this.deployedForms = deployedForms;
        this.clock = clock;
        this.messages = messages;
    }

    @Override
    public void notify(DelegateTask task) {
        UserTask userTask = (UserTask) task.getBpmnModelElementInstance();
        check(deploymentOf(task.getExecution()), userTask.getCamundaFormRef(), task, TaskTexts.language(task));
    }

    @Override
    public void notify(DelegateExecution execution) {
        StartEvent startEvent = (StartEvent) execution.getBpmnModelElementInstance();
        check(deploymentOf(execution), startEvent.getCamundaFormRef(), execution, WorkingLanguage.DEFAULT);
    }

    /** Checks variables that arrive without a form (a message) against the form that asks for them. */
    public void validate(String formId, DelegateExecution execution) {
        check(deploymentOf(execution), formId, execution, TaskTexts.language(execution));
    }

    private void check(String deploymentId, String formId, VariableScope variables, WorkingLanguage language) {
        CamundaForm form = deployedForms.find(deploymentId, formId);
        if (form == null) {
            throw new IllegalStateException("form " + formId + " is not in deployment " + deploymentId);
        }
        List<FieldError> errors = FormInputCheck.check(
                form,
                variables::getVariable,
                LocalDate.now(clock),
                new FormRefusals(messages, language.locale(), formId));
        if (!errors.isEmpty()) {
            throw InputRejectedException.invalid(errors);
        }
    }

    private static String deploymentOf(DelegateExecution execution) {
        return Executions.deploymentOf(execution);
    }
}
