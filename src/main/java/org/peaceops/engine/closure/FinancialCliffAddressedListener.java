package org.peaceops.engine.closure;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Task_AddressResidualFundingGap, completed: headquarters' answer to the financial cliff, and its escalation
 * closed.
 */
@Component
public class FinancialCliffAddressedListener implements TaskListener {

    private final ClosureRecorder closureRecorder;

    public FinancialCliffAddressedListener(ClosureRecorder closureRecorder) {
        this.closureRecorder = closureRecorder;
    }

    @Override
    public void notify(DelegateTask task) {
        closureRecorder.fundingGapAddressed(task);
    }
}
