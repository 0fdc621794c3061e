package org.peaceops.engine.drawdown;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * A site's task, created: named after its site ("Handover certificate: Kidal (MINUSMA)"), with the site for
 * its form, and the site's handover record opened by the first of them.
 */
@Component
public class SiteTaskDescriptionListener implements TaskListener {

    private final SiteHandovers siteHandovers;

    public SiteTaskDescriptionListener(SiteHandovers siteHandovers) {
        this.siteHandovers = siteHandovers;
    }

    @Override
    public void notify(DelegateTask task) {
        siteHandovers.describe(task);
    }
}
