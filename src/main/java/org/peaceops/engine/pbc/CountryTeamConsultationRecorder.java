package org.peaceops.engine.pbc;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Task_ConsultRcUnct (strategic assessment), completed after the form check: the consultation of the
 * Resident Coordinator and the UN Country Team goes to the consultation table.
 */
@Component
public class CountryTeamConsultationRecorder implements TaskListener {

    private final Consultations consultations;

    public CountryTeamConsultationRecorder(Consultations consultations) {
        this.consultations = consultations;
    }

    @Override
    public void notify(DelegateTask task) {
        consultations.record(task, ConsultationStep.RC_UNCT);
    }
}
