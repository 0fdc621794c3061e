package org.peaceops.engine.drawdown;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Task_ResolveOverdueSite, created: the task is named after the site past its planned closure, shows
 * the site's dates, and opens its escalation.
 */
@Component
public class OverdueSiteEscalationListener implements TaskListener {

    private final DrawdownAlerts alerts;

    public OverdueSiteEscalationListener(DrawdownAlerts alerts) {
        this.alerts = alerts;
    }

    @Override
    public void notify(DelegateTask task) {
        alerts.siteOverdue(task);
    }
}
