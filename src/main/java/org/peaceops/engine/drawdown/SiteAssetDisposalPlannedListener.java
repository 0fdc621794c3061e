package org.peaceops.engine.drawdown;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Task_PlanSiteAssetDisposal, completed: the asset disposal plan, on the site's handover record. */
@Component
public class SiteAssetDisposalPlannedListener implements TaskListener {

    private final SiteHandovers siteHandovers;

    public SiteAssetDisposalPlannedListener(SiteHandovers siteHandovers) {
        this.siteHandovers = siteHandovers;
    }

    @Override
    public void notify(DelegateTask task) {
        siteHandovers.assetDisposalPlanned(task);
    }
}
