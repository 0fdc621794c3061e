package org.peaceops.engine.planning;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Task_RecordRolesMatrix, completed after the form check: the roles matrix (what the mission, the UN Country Team, the host government and partners each do) goes on record (resolution 2594, OP 2).
 */
@Component
public class RolesMatrixRecorder implements TaskListener {

    private final PlanSubstance substance;

    public RolesMatrixRecorder(PlanSubstance substance) {
        this.substance = substance;
    }

    @Override
    public void notify(DelegateTask task) {
        substance.rolesRecorded(task);
    }
}
