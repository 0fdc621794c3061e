package org.peaceops.engine.drawdown;

import static org.peaceops.engine.drawdown.DrawdownPhase.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.peaceops.engine.access.CurrentUser;
import org.peaceops.engine.camunda.FormValues;
import org.peaceops.engine.camunda.TaskTexts;
import org.peaceops.engine.shared.InputRejectedException;
import org.springframework.stereotype.Component;

/**
 * The site's tasks: each is named after the site ("MINUSMA: Certify the handover of site Kidal"), and
 * what it records goes to the site's handover record; the certificate closes the site in the
 * operation's records.
 */
@Component
public class SiteHandovers {

    private final SiteRecords sites;
    private final CurrentUser currentUser;
    private final TaskTexts texts;

    public SiteHandovers(SiteRecords sites, CurrentUser currentUser, TaskTexts texts) {
        this.sites = sites;
        this.currentUser = currentUser;
        this.texts = texts;
    }

    /** A site's task, created: its name, and the site for its form. */
    public void describe(DelegateTask task) {
        var site = sites.site(siteId(task));
        texts.describe(task, site.name());
        task.setVariableLocal(SITE_NAME, site.name());
        task.setVariableLocal(SITE_TYPE, site.type());
        // created here, as the site's first tasks are (in one transaction): the tasks completed side by
        // side by different people then only update it
        sites.openHandover(site.id());
    }

    /** Task_CheckSitePocThreats: the threat to civilians after departure, and what protects them. */
    public void pocChecked(DelegateTask task) {
        sites.pocChecked(
                siteId(task),
                FormValues.text(task, POC_THREAT_LEVEL),
                FormValues.text(task, POC_EARLY_WARNING),
                FormValues.text(task, POC_COMMUNITY_ENGAGEMENT),
                FormValues.text(task, POC_PROTECTION_COMMITMENTS),
                currentUser.completing(task));
    }

    public void environmentCleared(DelegateTask task) {
        sites.environmentCleared(
                siteId(task),
                FormValues.text(task, ENVIRONMENTAL_CLEARANCE_LINK),
                FormValues.text(task, ENVIRONMENTAL_SUMMARY),
                currentUser.completing(task));
    }

    /** Task_RecordSiteEnvironment (accelerated): the clearance, or what was left and why. */
    public void environmentRecorded(DelegateTask task) {
        String outcome = FormValues.text(task, ENVIRONMENTAL_OUTCOME);
        sites.environmentRecorded(
                siteId(task),
                outcome,
                "CLEARED".equals(outcome) ? FormValues.text(task, ENVIRONMENTAL_CLEARANCE_LINK) : null,
                FormValues.text(task, ENVIRONMENTAL_SUMMARY),
                currentUser.completing(task));
    }

    public void assetDisposalPlanned(DelegateTask task) {
        sites.assetDisposalPlanned(
                siteId(task),
                FormValues.text(task, ASSET_DISPOSAL_LINK),
                FormValues.text(task, ASSET_DISPOSAL_METHOD),
                FormValues.text(task, ASSET_DISPOSAL_SUMMARY),
                currentUser.completing(task));
    }

    /** Task_CertifySiteHandover: the certificate, and the site handed over or closed on its date. */
    public void certified(DelegateTask task) {
        String authority = FormValues.text(task, RECEIVING_AUTHORITY);
        sites.certified(
                siteId(task), authority, FormValues.date(task, CERTIFICATE_SIGNED_ON), currentUser.completing(task));
        closed(task, authority);
    }

    /** Task_AssessSiteSecurity (accelerated): UNDSS's risk level for the site's closure. */
    public void securityAssessed(DelegateTask task) {
        sites.securityAssessed(
                siteId(task),
                FormValues.text(task, SITE_SECURITY_RISK_LEVEL),
                FormValues.text(task, SITE_SECURITY_SUMMARY),
                currentUser.completing(task));
    }

    /** Task_RecordSiteClosure (accelerated): the site handed over or closed on its date, with what was left. */
    public void closureRecorded(DelegateTask task) {
        if (CLOSE_WITHOUT_HANDOVER.equals(task.getVariable(WITHHELD_DECISION))
                && "HANDED_OVER".equals(FormValues.text(task, SITE_OUTCOME))) {
            // mission leadership and HQ decided to close the site rather than hand it to the unit the
            // human rights officer withheld support from; any other unit would be screened first
            throw InputRejectedException.invalid(
                    SITE_OUTCOME, "must be Closed: the handover was withheld and the site is to be closed");
        }
        String authority = FormValues.text(task, RECEIVING_AUTHORITY);
        sites.closureNoted(siteId(task), authority, FormValues.text(task, SITE_CLOSURE_NOTE));
        closed(task, authority);
    }

    private void closed(DelegateTask task, String authority) {
        sites.closed(
                siteId(task),
                FormValues.text(task, SITE_OUTCOME),
                FormValues.date(task, SITE_CLOSED_ON),
                authority,
                FormValues.text(task, CERTIFICATE_LINK));
    }

    private static long siteId(DelegateTask task) {
        return (Long) task.getVariable(SITE_ID);
    }
}
