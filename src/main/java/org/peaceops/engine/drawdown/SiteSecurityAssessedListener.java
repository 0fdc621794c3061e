package org.peaceops.engine.drawdown;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Task_AssessSiteSecurity (accelerated withdrawal), completed: UNDSS's risk level for the site's closure, on
 * the site's handover record.
 */
@Component
public class SiteSecurityAssessedListener implements TaskListener {

    private final SiteHandovers siteHandovers;

    public SiteSecurityAssessedListener(SiteHandovers siteHandovers) {
        this.siteHandovers = siteHandovers;
    }

    @Override
    public void notify(DelegateTask task) {
        siteHandovers.securityAssessed(task);
    }
}
