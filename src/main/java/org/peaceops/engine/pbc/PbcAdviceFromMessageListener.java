package org.peaceops.engine.pbc;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Event_PbcAdviceReceived, started: holds Message_PbcAdviceReceived to the rules of the advice form,
 * and notes that the advice came as a message, and from whom; Task_FileAdvice files it.
 */
@Component
public class PbcAdviceFromMessageListener implements ExecutionListener {

    private final PbcAdvice pbcAdvice;

    public PbcAdviceFromMessageListener(PbcAdvice pbcAdvice) {
        this.pbcAdvice = pbcAdvice;
    }

    @Override
    public void notify(DelegateExecution execution) {
        pbcAdvice.fromMessage(execution);
    }
}
