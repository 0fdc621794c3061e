package org.peaceops.engine.drawdown;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Task_ResolveOverrunningPhase, created: the task is named after the phase overrunning its end, shows
 * its end, and opens its escalation.
 */
@Component
public class OverrunningPhaseEscalationListener implements TaskListener {

    private final DrawdownAlerts alerts;

    public OverrunningPhaseEscalationListener(DrawdownAlerts alerts) {
        this.alerts = alerts;
    }

    @Override
    public void notify(DelegateTask task) {
        alerts.phaseOverrunning(task);
    }
}
