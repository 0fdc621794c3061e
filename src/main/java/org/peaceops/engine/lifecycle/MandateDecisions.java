package org.peaceops.engine.lifecycle;

import static org.peaceops.engine.lifecycle.TransitionLifecycle.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.peaceops.engine.access.CurrentUser;
import org.peaceops.engine.camunda.FormValidator;
import org.peaceops.engine.camunda.FormValues;
import org.peaceops.engine.registry.MandateDecision;
import org.peaceops.engine.registry.TransitionRegistry;
import org.springframework.stereotype.Component;

/**
 * Takes in the Council's later decisions on the mandate: from HQ's task after each report, or from
 * Message_MandateDecision at any time, held to the same form. The decision goes to the resolutions;
 * a termination is then acted on by the process (the transition moves to closure).
 */
@Component
public class MandateDecisions {

    private final TransitionRegistry registry;
    private final FormValidator formValidator;
    private final CurrentUser currentUser;

    public MandateDecisions(TransitionRegistry registry, FormValidator formValidator, CurrentUser currentUser) {
        this.registry = registry;
        this.formValidator = formValidator;
        this.currentUser = currentUser;
    }

    public void fromTask(DelegateTask task) {
        record(task.getExecution().getProcessBusinessKey(), task, "TASK", currentUser.completing(task));
    }

    public void fromMessage(DelegateExecution execution) {
        formValidator.validate(FORM_MANDATE_DECISION, execution);
        record(execution.getProcessBusinessKey(), execution, "MESSAGE", currentUser.id());
    }

    private void record(String operation, VariableScope values, String source, String user) {
        registry.recordMandateDecision(
                operation,
                new MandateDecision(
                        FormValues.text(values, RESOLUTION_SYMBOL),
                        FormValues.date(values, RESOLUTION_ADOPTED_ON),
                        FormValues.text(values, MANDATE_OUTCOME),
                        FormValues.date(values, MANDATE_ENDS_ON),
                        FormValues.text(values, MANDATE_NOTES),
                        source,
                        user));
    }
}
