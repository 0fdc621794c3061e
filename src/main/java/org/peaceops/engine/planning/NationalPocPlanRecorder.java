package org.peaceops.engine.planning;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Task_RecordNationalPocPlan, completed after the form check: the national plan for the protection of
 * civilians (status, adoption, link) goes on record.
 */
@Component
public class NationalPocPlanRecorder implements TaskListener {

    private final PlanningAnswers answers;

    public NationalPocPlanRecorder(PlanningAnswers answers) {
        this.answers = answers;
    }

    @Override
    public void notify(DelegateTask task) {
        answers.nationalPocPlanRecorded(task);
    }
}
