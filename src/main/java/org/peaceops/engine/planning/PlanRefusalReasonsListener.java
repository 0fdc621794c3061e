package org.peaceops.engine.planning;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** Flow_Refused, taken: the drafters of the next round get the reasons of every refusal to sign. */
@Component
public class PlanRefusalReasonsListener implements ExecutionListener {

    private final PlanSignatures signatures;

    public PlanRefusalReasonsListener(PlanSignatures signatures) {
        this.signatures = signatures;
    }

    @Override
    public void notify(DelegateExecution execution) {
        signatures.collectRefusals(execution);
    }
}
