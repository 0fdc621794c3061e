package org.peaceops.engine.lifecycle;

import static org.peaceops.engine.lifecycle.TransitionLifecycle.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.peaceops.engine.access.OperationTenants;
import org.peaceops.engine.shared.WorkingLanguage;
import org.peaceops.engine.staffing.StaffingRequests;
import org.springframework.stereotype.Component;

/**
 * Task_OpenOperation, right after the start: opens the operation's tenant and its staff's Tasklist
 * filter (unless the portfolio import opened them) and asks headquarters to staff it. It runs as a job,
 * after the transaction that registered the transition has committed: whoever starts a transition
 * waits for the checks and the registration only, and a failure here is an incident to retry, not a
 * refused start. Opening the same operation again after a failed attempt finds nothing half done: the
 * attempt's transaction was rolled back whole.
 */
@Component
public class OperationOpening implements JavaDelegate {

    private final OperationTenants tenants;
    private final StaffingRequests staffing;

    public OperationOpening(OperationTenants tenants, StaffingRequests staffing) {
        this.tenants = tenants;
        this.staffing = staffing;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String code = execution.getProcessBusinessKey();
        String name = (String) execution.getVariable(OPERATION_NAME);
        WorkingLanguage language = WorkingLanguage.of((String) execution.getVariable(WORKING_LANGUAGE));
        tenants.open(code, name, language);
        staffing.request(code, name, language);
    }
}
