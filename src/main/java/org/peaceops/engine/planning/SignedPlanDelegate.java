package org.peaceops.engine.planning;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_RecordSignedPlan: the latest draft, signed by both parties, becomes the transition plan. */
@Component
public class SignedPlanDelegate implements JavaDelegate {

    private final PlanningRecords records;

    public SignedPlanDelegate(PlanningRecords records) {
        this.records = records;
    }

    @Override
    public void execute(DelegateExecution execution) {
        records.markSigned(execution.getProcessBusinessKey());
    }
}
