package org.peaceops.engine.planning;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Task_ConsultRegionalOrganisations, completed after the form check: the regional organisations consulted, what they said and the role each takes in the transition go on record (resolution 2594, OP 12).
 */
@Component
public class RegionalRoleRecorder implements TaskListener {

    private final PlanSubstance substance;

    public RegionalRoleRecorder(PlanSubstance substance) {
        this.substance = substance;
    }

    @Override
    public void notify(DelegateTask task) {
        substance.regionalOrganisationsConsulted(task);
    }
}
