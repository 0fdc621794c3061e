package org.peaceops.engine.drawdown;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Task_CertifySiteHandover, completed: the handover certificate, and the site handed over or closed on its date. */
@Component
public class SiteHandoverCertifiedListener implements TaskListener {

    private final SiteHandovers siteHandovers;

    public SiteHandoverCertifiedListener(SiteHandovers siteHandovers) {
        this.siteHandovers = siteHandovers;
    }

    @Override
    public void notify(DelegateTask task) {
        siteHandovers.certified(task);
    }
}
