package org.peaceops.engine.planning;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.peaceops.engine.planning.PlanningRecords.Party;
import org.springframework.stereotype.Component;

/**
 * Task_SignPlanMissionLeadership, completed after the form check: the mission leadership's signature
 * of the plan, or its refusal with reasons.
 */
@Component
public class MissionSignatureRecorder implements TaskListener {

    private final PlanningAnswers answers;

    public MissionSignatureRecorder(PlanningAnswers answers) {
        this.answers = answers;
    }

    @Override
    public void notify(DelegateTask task) {
        answers.signatureDecided(task, Party.MISSION_LEADERSHIP);
    }
}
