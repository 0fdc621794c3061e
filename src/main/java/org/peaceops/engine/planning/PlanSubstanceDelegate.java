package org.peaceops.engine.planning;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_CheckPlanSubstance: before the plan goes to the PBC and the signatures, what it still lacks (a
 * measurable benchmark, the roles matrix, the regional organisations' role), for the gateway to route
 * to the tasks that add each (resolution 2594, OP 2 and 12).
 */
@Component
public class PlanSubstanceDelegate implements JavaDelegate {

    private final PlanSubstance substance;

    public PlanSubstanceDelegate(PlanSubstance substance) {
        this.substance = substance;
    }

    @Override
    public void execute(DelegateExecution execution) {
        substance.check(execution);
    }
}
