package org.peaceops.engine.pbc;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Task_ChaseLateAdvice, created: opens the late-advice escalation, open until the task is completed or
 * the advice is in.
 */
@Component
public class LatePbcAdviceEscalationListener implements TaskListener {

    private final PbcAdvice pbcAdvice;

    public LatePbcAdviceEscalationListener(PbcAdvice pbcAdvice) {
        this.pbcAdvice = pbcAdvice;
    }

    @Override
    public void notify(DelegateTask task) {
        pbcAdvice.escalate(task);
    }
}
