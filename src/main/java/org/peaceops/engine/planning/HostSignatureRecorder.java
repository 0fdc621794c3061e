package org.peaceops.engine.planning;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.peaceops.engine.planning.PlanningRecords.Party;
import org.springframework.stereotype.Component;

/**
 * Task_SignPlanHostGovernment, completed after the form check: the host government's signature of the
 * plan, or its refusal with reasons.
 */
@Component
public class HostSignatureRecorder implements TaskListener {

    private final PlanningAnswers answers;

    public HostSignatureRecorder(PlanningAnswers answers) {
        this.answers = answers;
    }

    @Override
    public void notify(DelegateTask task) {
        answers.signatureDecided(task, Party.HOST_GOVERNMENT);
    }
}
