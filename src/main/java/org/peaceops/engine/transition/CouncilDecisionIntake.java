package org.peaceops.engine.transition;

import static org.peaceops.engine.transition.TransitionLifecycle.*;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.peaceops.engine.forms.FormValidator;
import org.springframework.stereotype.Component;

/**
 * Takes the Council's decision in, from HQ's task or from Message_CouncilDecision, whichever comes
 * first. The message is held to the same rules as the task's form, and both note where the decision
 * came from and who entered it.
 */
@Component("councilDecisionIntake")
public class CouncilDecisionIntake {

    private final FormValidator formValidator;
    private final IdentityService identityService;

    public CouncilDecisionIntake(FormValidator formValidator, IdentityService identityService) {
        this.formValidator = formValidator;
        this.identityService = identityService;
    }

    public void fromTask(DelegateTask task) {
        String user = currentUser();
        note(task.getExecution(), "TASK", user != null ? user : task.getAssignee());
    }

    public void fromMessage(DelegateExecution execution) {
        formValidator.validate(FORM_COUNCIL_DECISION, execution);
        note(execution, "MESSAGE", currentUser());
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

    private String currentUser() {
        var authentication = identityService.getCurrentAuthentication();
        return authentication == null ? null : authentication.getUserId();
    }
}
