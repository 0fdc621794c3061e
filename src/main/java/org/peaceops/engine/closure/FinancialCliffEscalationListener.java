package org.peaceops.engine.closure;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Task_AddressResidualFundingGap, created: the financial cliff, escalated to headquarters and the PBSO. */
@Component
public class FinancialCliffEscalationListener implements TaskListener {

    private final ResidualTasks residualTasks;

    public FinancialCliffEscalationListener(ResidualTasks residualTasks) {
        this.residualTasks = residualTasks;
    }

    @Override
    public void notify(DelegateTask task) {
        residualTasks.fundingGap(task);
    }
}
