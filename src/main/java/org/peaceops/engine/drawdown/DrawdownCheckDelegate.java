package org.peaceops.engine.drawdown;

import static org.peaceops.engine.drawdown.DrawdownAlert.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_CheckDrawdownSchedule: the sites and phases to escalate, fixed for this check (local to it:
 * yesterday's check may still wait for its answers).
 */
@Component
public class DrawdownCheckDelegate implements JavaDelegate {

    private final DrawdownAlerts alerts;

    public DrawdownCheckDelegate(DrawdownAlerts alerts) {
        this.alerts = alerts;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String operation = execution.getProcessBusinessKey();
        execution.setVariableLocal(OVERDUE_SITE_IDS, DrawdownPhases.join(alerts.overdueSites(operation)));
        execution.setVariableLocal(OVERRUNNING_PHASE_IDS, DrawdownPhases.join(alerts.overrunningPhases(operation)));
    }
}
