package org.peaceops.engine.drawdown;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Task_DecideWithheldSiteHandover (and its rule-of-law twin), created: the withheld handover escalated to mission leadership and HQ. */
@Component
public class WithheldHandoverEscalationListener implements TaskListener {

    private final HandoverScreenings screenings;

    public WithheldHandoverEscalationListener(HandoverScreenings screenings) {
        this.screenings = screenings;
    }

    @Override
    public void notify(DelegateTask task) {
        screenings.withheld(task);
    }
}
