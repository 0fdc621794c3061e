package org.peaceops.engine.lifecycle;

import static org.peaceops.engine.lifecycle.TransitionLifecycle.*;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.peaceops.engine.access.CurrentUser;
import org.peaceops.engine.camunda.FormValidator;
import org.springframework.stereotype.Component;

/**
 * Takes the Council's decision in, from HQ's task or from Message_CouncilDecision, whichever comes
 * first. The message is held to the same rules as the task's form, and both note where the decision
 * came from and who entered it.
 */
@Component
public class CouncilDecisionIntake {

    private final FormValidator formValidator;
    private final CurrentUser currentUser;

    public CouncilDecisionIntake(FormValidator formValidator, CurrentUser currentUser) {
        this.formValidator = formValidator;
        this.currentUser = currentUser;
    }

    public void fromTask(DelegateTask task) {
        note(task.getExecution(), "TASK", currentUser.completing(task));
    }

    public void fromMessage(DelegateExecution execution) {
        formValidator.validate(FORM_COUNCIL_DECISION, execution);
        note(execution, "MESSAGE", currentUser.id());
    }

    /**
     * On REVISE the assessment runs again: the next decision starts from an empty form, not from the
     * one the Council has just revised. The decision itself stays in the resolution table.
     */
    public void forget(DelegateExecution execution) {
        execution.removeVariables(List.of(
                RESOLUTION_SYMBOL,
                RESOLUTION_ADOPTED_ON,
                COUNCIL_OUTCOME,
                COUNCIL_NOTES,
                TERMINATION_REASON,
                DECISION_SOURCE,
                DECISION_RECORDED_BY));
    }

    private void note(DelegateExecution execution, String source, String user) {
        execution.setVariable(DECISION_SOURCE, source);
        execution.setVariable(DECISION_RECORDED_BY, user);
    }
}
