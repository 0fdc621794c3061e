package org.peaceops.engine.pbc;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Task_ConsultRegionalOrganisations (strategic assessment), completed after the form check: the
 * consultation of regional organisations goes to the consultation table.
 */
@Component
public class RegionalOrganisationsConsultationRecorder implements TaskListener {

    private final Consultations consultations;

    public RegionalOrganisationsConsultationRecorder(Consultations consultations) {
        this.consultations = consultations;
    }

    @Override
    public void notify(DelegateTask task) {
        consultations.record(task, ConsultationStep.REGIONAL_ORGANISATIONS);
    }
}
