package org.peaceops.engine.pbc;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * StartEvent_AdviceNeeded, started: refuses a call without what the advice informs and by when it is
 * needed, and notes both in words for the forms.
 */
@Component
public class PbcConsultationOpeningListener implements ExecutionListener {

    private final PbcAdvice pbcAdvice;

    public PbcConsultationOpeningListener(PbcAdvice pbcAdvice) {
        this.pbcAdvice = pbcAdvice;
    }

    @Override
    public void notify(DelegateExecution execution) {
        pbcAdvice.opened(execution);
    }
}
