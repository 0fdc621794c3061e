package org.peaceops.engine.lifecycle;

import static org.peaceops.engine.lifecycle.TransitionLifecycle.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.peaceops.engine.registry.NewTransition;
import org.peaceops.engine.registry.TransitionRegistry;
import org.peaceops.engine.shared.CalendarDates;
import org.peaceops.engine.shared.InputRejectedException;
import org.peaceops.engine.shared.WorkingLanguage;
import org.springframework.stereotype.Component;

/**
 * Start listener of the lifecycle, after the form check: registers the operation and its transition
 * (or, when the portfolio import registered them, links them to this lifecycle) and makes the
 * operation code the business key. Runs in the starting transaction: a conflict means no instance and
 * no rows. The operation's tenant and its staffing follow in a job of their own ({@link
 * OperationOpening}).
 */
@Component
public class TransitionRegistration implements ExecutionListener {

    private final TransitionRegistry registry;

    public TransitionRegistration(TransitionRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void notify(DelegateExecution execution) {
        String code = (String) execution.getVariable(OPERATION_CODE);
        String businessKey = execution.getProcessBusinessKey();
        if (businessKey != null && !businessKey.isBlank() && !businessKey.equals(code)) {
            throw InputRejectedException.invalid(
                    "businessKey", "businessKey must be the operation code " + code + ", not " + businessKey);
        }
        var transition = new NewTransition(
                code,
                (String) execution.getVariable(OPERATION_NAME),
                (String) execution.getVariable(HOST_COUNTRY),
                (String) execution.getVariable(TRANSITION_TRIGGER),
                CalendarDates.stored((String) execution.getVariable(TRANSITION_STARTED_ON)),
                workingLanguage(execution));
        String transitionId = (String) execution.getVariable(TRANSITION_ID);
        if (transitionId == null) {
            transitionId = registry.register(transition, execution.getProcessInstanceId());
        } else {
            // registered beforehand, by the portfolio import
            registry.attachLifecycle(transitionId, code, execution.getProcessInstanceId());
        }
        execution.setProcessBusinessKey(code);
        execution.setVariable(TRANSITION_ID, transitionId);
        // the called processes name and describe their tasks in it, from this copy
        execution.setVariable(WORKING_LANGUAGE, transition.workingLanguage().code());
    }

    private static WorkingLanguage workingLanguage(DelegateExecution execution) {
        String code = (String) execution.getVariable(WORKING_LANGUAGE);
        if (code != null && !WorkingLanguage.known(code)) {
            throw InputRejectedException.invalid(
                    WORKING_LANGUAGE, "Working language must be English (en) or French (fr)");
        }
        return WorkingLanguage.of(code);
    }
}
