package org.peaceops.engine.pbc;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Task_ConsultCommunitiesOnPlan (joint planning), completed after the form check: the consultation of
 * women, youth and communities on the draft plan, with their participation, goes to the consultation
 * table.
 */
@Component
public class PlanConsultationRecorder implements TaskListener {

    private final Consultations consultations;

    public PlanConsultationRecorder(Consultations consultations) {
        this.consultations = consultations;
    }

    @Override
    public void notify(DelegateTask task) {
        consultations.record(task, ConsultationStep.COMMUNITIES_ON_PLAN);
    }
}
