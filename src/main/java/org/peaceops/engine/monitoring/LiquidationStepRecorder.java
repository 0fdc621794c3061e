package org.peaceops.engine.monitoring;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Completed on each liquidation task (assets, archives, end-of-mission report), after the form check:
 * the step, its document and the day it was completed go to liquidation_record.
 */
@Component
public class LiquidationStepRecorder implements TaskListener {

    private final Liquidation liquidation;

    public LiquidationStepRecorder(Liquidation liquidation) {
        this.liquidation = liquidation;
    }

    @Override
    public void notify(DelegateTask task) {
        liquidation.recorded(task);
    }
}
