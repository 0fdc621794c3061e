package org.peaceops.engine.drawdown;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Task_CheckSitePocThreats, completed: the threat to civilians after departure, on the site's handover record. */
@Component
public class SitePocThreatsCheckedListener implements TaskListener {

    private final SiteHandovers siteHandovers;

    public SitePocThreatsCheckedListener(SiteHandovers siteHandovers) {
        this.siteHandovers = siteHandovers;
    }

    @Override
    public void notify(DelegateTask task) {
        siteHandovers.pocChecked(task);
    }
}
