package org.peaceops.engine.pbc;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Task_ChaseLateAdvice, completed: closes the late-advice escalation with what was done to chase
 * the advice. It runs before the form check on this task, as the model orders them: a refused form
 * rolls it back.
 */
@Component
public class LatePbcAdviceChaseRecorder implements TaskListener {

    private final PbcAdvice pbcAdvice;

    public LatePbcAdviceChaseRecorder(PbcAdvice pbcAdvice) {
        this.pbcAdvice = pbcAdvice;
    }

    @Override
    public void notify(DelegateTask task) {
        pbcAdvice.chased(task);
    }
}
