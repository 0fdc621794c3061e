package org.peaceops.engine.drawdown;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Task_ClearSiteEnvironment, completed: the environmental clearance, on the site's handover record. */
@Component
public class SiteEnvironmentClearedListener implements TaskListener {

    private final SiteHandovers siteHandovers;

    public SiteEnvironmentClearedListener(SiteHandovers siteHandovers) {
        this.siteHandovers = siteHandovers;
    }

    @Override
    public void notify(DelegateTask task) {
        siteHandovers.environmentCleared(task);
    }
}
