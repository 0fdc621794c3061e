package org.peaceops.engine.drawdown;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Task_RecordSiteClosure (accelerated withdrawal), completed: the site handed over or closed on its date, with
 * what was left behind.
 */
@Component
public class SiteClosureRecordedListener implements TaskListener {

    private final SiteHandovers siteHandovers;

    public SiteClosureRecordedListener(SiteHandovers siteHandovers) {
        this.siteHandovers = siteHandovers;
    }

    @Override
    public void notify(DelegateTask task) {
        siteHandovers.closureRecorded(task);
    }
}
