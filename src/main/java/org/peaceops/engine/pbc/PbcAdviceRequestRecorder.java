package org.peaceops.engine.pbc;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Task_PrepareAdviceRequest, completed: the request for advice (country configuration, questions)
 * goes on record, linked to what it informs: the plan's latest draft, or the report. It runs
 * before the form check on this task, as the model orders them: a refused form rolls it back.
 */
@Component
public class PbcAdviceRequestRecorder implements TaskListener {

    private final PbcAdvice pbcAdvice;

    public PbcAdviceRequestRecorder(PbcAdvice pbcAdvice) {
        this.pbcAdvice = pbcAdvice;
    }

    @Override
    public void notify(DelegateTask task) {
        pbcAdvice.requested(task);
    }
}
