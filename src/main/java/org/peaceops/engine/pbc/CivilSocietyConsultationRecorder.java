package org.peaceops.engine.pbc;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Task_ConsultCivilSociety (strategic assessment), completed after the form check: the consultation of
 * civil society, with the participation of women, youth and persons with disabilities, goes to the
 * consultation table.
 */
@Component
public class CivilSocietyConsultationRecorder implements TaskListener {

    private final Consultations consultations;

    public CivilSocietyConsultationRecorder(Consultations consultations) {
        this.consultations = consultations;
    }

    @Override
    public void notify(DelegateTask task) {
        consultations.record(task, ConsultationStep.CIVIL_SOCIETY);
    }
}
