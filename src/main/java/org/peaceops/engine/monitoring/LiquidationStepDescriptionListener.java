package org.peaceops.engine.monitoring;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Created on each liquidation task (assets, archives, end-of-mission report): shows which step it is
 * and when the withdrawal was completed.
 */
@Component
public class LiquidationStepDescriptionListener implements TaskListener {

    private final Liquidation liquidation;

    public LiquidationStepDescriptionListener(Liquidation liquidation) {
        this.liquidation = liquidation;
    }

    @Override
    public void notify(DelegateTask task) {
        liquidation.describe(task);
    }
}
