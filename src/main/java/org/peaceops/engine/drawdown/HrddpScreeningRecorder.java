package org.peaceops.engine.drawdown;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Task_ScreenSiteReceivingUnit (and the rule-of-law screening), completed: the human rights screening of the receiving unit. */
@Component
public class HrddpScreeningRecorder implements TaskListener {

    private final HandoverScreenings screenings;

    public HrddpScreeningRecorder(HandoverScreenings screenings) {
        this.screenings = screenings;
    }

    @Override
    public void notify(DelegateTask task) {
        screenings.screened(task);
    }
}
