package org.peaceops.engine.pbc;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Task_ConsultHostGovernment (strategic assessment), completed after the form check: the consultation
 * of the host government goes to the consultation table.
 */
@Component
public class HostGovernmentConsultationRecorder implements TaskListener {

    private final Consultations consultations;

    public HostGovernmentConsultationRecorder(Consultations consultations) {
        this.consultations = consultations;
    }

    @Override
    public void notify(DelegateTask task) {
        consultations.record(task, ConsultationStep.HOST_GOVERNMENT);
    }
}
