package org.peaceops.engine.drawdown;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * StartEvent_HostConsentWithdrawn, started: holds Message_HostConsentWithdrawn to the rules of HQ's
 * task, and records the withdrawal of consent with its hard deadline; the phases still to come run
 * accelerated.
 */
@Component
public class ConsentWithdrawalFromMessageRecorder implements ExecutionListener {

    private final ConsentWithdrawals consentWithdrawals;

    public ConsentWithdrawalFromMessageRecorder(ConsentWithdrawals consentWithdrawals) {
        this.consentWithdrawals = consentWithdrawals;
    }

    @Override
    public void notify(DelegateExecution execution) {
        consentWithdrawals.fromMessage(execution);
    }
}
