package org.peaceops.engine.drawdown;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Task_ResolveOverrunningPhase, completed after the form check: the phase gets its revised end (its
 * original plan is kept); the escalation closes with the explanation.
 */
@Component
public class OverrunningPhaseAnswerRecorder implements TaskListener {

    private final AlertRecorder answers;

    public OverrunningPhaseAnswerRecorder(AlertRecorder answers) {
        this.answers = answers;
    }

    @Override
    public void notify(DelegateTask task) {
        answers.phaseAnswered(task);
    }
}
