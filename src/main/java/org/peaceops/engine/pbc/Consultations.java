package org.peaceops.engine.pbc;

import static org.peaceops.engine.camunda.FormValues.date;
import static org.peaceops.engine.camunda.FormValues.integer;
import static org.peaceops.engine.camunda.FormValues.text;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.peaceops.engine.access.CurrentUser;
import org.peaceops.engine.assessment.AssessmentRecords;
import org.peaceops.engine.assessment.AssessmentRecords.Consultation;
import org.springframework.stereotype.Service;

/**
 * A consultation task's answer, as its recorder passes it on after the form check: the consultation,
 * with the participation of women, youth and persons with disabilities where it counts them, goes to
 * the consultation table with the stage it was held in.
 */
@Service
public class Consultations {

    private final AssessmentRecords records;
    private final CurrentUser currentUser;

    public Consultations(AssessmentRecords records, CurrentUser currentUser) {
        this.records = records;
        this.currentUser = currentUser;
    }

    public void record(DelegateTask task, ConsultationStep step) {
        records.recordConsultation(
                task.getExecution().getProcessBusinessKey(),
                new Consultation(
                        step.counterpart(),
                        date(task, step.date()),
                        text(task, step.topic()),
                        text(task, step.outcome()),
                        text(task, step.recordLink()),
                        integer(task, step.participants()),
                        step.countsParticipation() ? integer(task, step.women()) : null,
                        step.countsParticipation() ? integer(task, step.youth()) : null,
                        step.countsParticipation() ? integer(task, step.personsWithDisabilities()) : null,
                        step.stage(),
                        currentUser.completing(task)));
    }
}
