package org.peaceops.engine.drawdown;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Task_RecordSiteEnvironment (accelerated withdrawal), completed: the site's environmental record, a
 * clearance or what was left and why, on the site's handover record.
 */
@Component
public class SiteEnvironmentRecorder implements TaskListener {

    private final SiteHandovers siteHandovers;

    public SiteEnvironmentRecorder(SiteHandovers siteHandovers) {
        this.siteHandovers = siteHandovers;
    }

    @Override
    public void notify(DelegateTask task) {
        siteHandovers.environmentRecorded(task);
    }
}
