package org.peaceops.engine.pbc;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Task_RecordPbcAdvice, completed: notes that the advice came through PBSO's task, and who entered
 * it; Task_FileAdvice files it. It runs before the form check on this task, as the model orders
 * them: a refused form rolls it back.
 */
@Component
public class PbcAdviceFromTaskListener implements TaskListener {

    private final PbcAdvice pbcAdvice;

    public PbcAdviceFromTaskListener(PbcAdvice pbcAdvice) {
        this.pbcAdvice = pbcAdvice;
    }

    @Override
    public void notify(DelegateTask task) {
        pbcAdvice.fromTask(task);
    }
}
