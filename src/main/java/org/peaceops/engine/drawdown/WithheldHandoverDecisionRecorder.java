package org.peaceops.engine.drawdown;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Task_DecideWithheldSiteHandover (and its rule-of-law twin), completed: what happens instead of the withheld handover, and the escalation closed. */
@Component
public class WithheldHandoverDecisionRecorder implements TaskListener {

    private final HandoverScreenings screenings;

    public WithheldHandoverDecisionRecorder(HandoverScreenings screenings) {
        this.screenings = screenings;
    }

    @Override
    public void notify(DelegateTask task) {
        screenings.withheldDecided(task);
    }
}
