package org.peaceops.engine.drawdown;

import static org.peaceops.engine.drawdown.DrawdownPhase.*;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.peaceops.engine.access.CurrentUser;
import org.peaceops.engine.camunda.FormValues;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The site's tasks: each is named after the site and its operation ("Handover certificate: Kidal
 * (MINUSMA)"), and what it records goes to the site's handover record; the certificate closes the
 * site in the operation's records.
 */
@Component
public class SiteHandovers {

    static final Map<String, String> TASK_TITLES = Map.of(
            TASK_CHECK_POC_THREATS, "POC threat check",
            TASK_CLEAR_ENVIRONMENT, "Environmental clearance",
            TASK_PLAN_ASSET_DISPOSAL, "Asset disposal plan",
            TASK_CERTIFY_HANDOVER, "Handover certificate",
            TASK_ASSESS_SITE_SECURITY, "Security assessment",
            TASK_RECORD_SITE_CLOSURE, "Handover or closure");

    private final PhaseRecords records;
    private final JdbcClient jdbc;
    private final CurrentUser currentUser;
    private final Clock clock;

    public SiteHandovers(PhaseRecords records, JdbcClient jdbc, CurrentUser currentUser, Clock clock) {
        this.records = records;
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** A site's task, created: its name, and the site for its form. */
    public void describe(DelegateTask task) {
        var site = records.site(siteId(task));
        task.setName(
                TASK_TITLES.get(task.getTaskDefinitionKey()) + ": " + site.name() + " (" + site.operationCode() + ")");
        task.setVariableLocal(SITE_NAME, site.name());
        task.setVariableLocal(SITE_TYPE, site.type());
        // created here, as the site's first tasks are (in one transaction): the tasks completed side by
        // side by different people then only update it
        jdbc.sql(
                        """
                insert into site_handover (site_id, updated_at)
                select ?, ? from site where id = ? and not exists (select 1 from site_handover where site_id = ?)""")
                .params(site.id(), Timestamp.from(clock.instant()), site.id(), site.id())
                .update();
    }

    /** Task_CheckSitePocThreats: the threat to civilians after departure, and what protects them. */
    public void pocChecked(DelegateTask task) {
        update(
                task,
                """
                poc_threat_level = ?, poc_early_warning = ?, poc_community_engagement = ?,
                poc_protection_commitments = ?, poc_checked_by = ?""",
                FormValues.text(task, POC_THREAT_LEVEL),
                FormValues.text(task, POC_EARLY_WARNING),
                FormValues.text(task, POC_COMMUNITY_ENGAGEMENT),
                FormValues.text(task, POC_PROTECTION_COMMITMENTS),
                currentUser.completing(task));
    }

    public void environmentCleared(DelegateTask task) {
        update(
                task,
                "environmental_link = ?, environmental_summary = ?, environmental_cleared_by = ?",
                FormValues.text(task, ENVIRONMENTAL_CLEARANCE_LINK),
                FormValues.text(task, ENVIRONMENTAL_SUMMARY),
                currentUser.completing(task));
    }

    public void assetDisposalPlanned(DelegateTask task) {
        update(
                task,
                "asset_disposal_link = ?, asset_disposal_method = ?, asset_disposal_summary = ?, asset_disposal_by = ?",
                FormValues.text(task, ASSET_DISPOSAL_LINK),
                FormValues.text(task, ASSET_DISPOSAL_METHOD),
                FormValues.text(task, ASSET_DISPOSAL_SUMMARY),
                currentUser.completing(task));
    }

    /** Task_CertifySiteHandover: the certificate, and the site handed over or closed on its date. */
    public void certified(DelegateTask task) {
        String authority = FormValues.text(task, RECEIVING_AUTHORITY);
        update(
                task,
                "receiving_authority = ?, certificate_signed_on = ?, certified_by = ?",
                authority,
                FormValues.date(task, CERTIFICATE_SIGNED_ON),
                currentUser.completing(task));
        jdbc.sql(
                        """
                update site set status = ?, closed_on = ?, handover_to = ?, certificate_link = ? where id = ?""")
                .params(
                        FormValues.text(task, SITE_OUTCOME),
                        FormValues.date(task, SITE_CLOSED_ON),
                        authority,
                        FormValues.text(task, CERTIFICATE_LINK),
                        siteId(task))
                .update();
    }

    /** Task_AssessSiteSecurity (accelerated): UNDSS's risk level for the site's closure. */
    public void securityAssessed(DelegateTask task) {
        update(
                task,
                "security_risk_level = ?, security_summary = ?, security_assessed_by = ?",
                FormValues.text(task, SITE_SECURITY_RISK_LEVEL),
                FormValues.text(task, SITE_SECURITY_SUMMARY),
                currentUser.completing(task));
    }

    /** Task_RecordSiteClosure (accelerated): the site handed over or closed on its date, with what was left. */
    public void closureRecorded(DelegateTask task) {
        String authority = FormValues.text(task, RECEIVING_AUTHORITY);
        update(task, "receiving_authority = ?, closure_note = ?", authority, FormValues.text(task, SITE_CLOSURE_NOTE));
        jdbc.sql(
                        """
                update site set status = ?, closed_on = ?, handover_to = ?, certificate_link = ? where id = ?""")
                .params(
                        FormValues.text(task, SITE_OUTCOME),
                        FormValues.date(task, SITE_CLOSED_ON),
                        authority,
                        FormValues.text(task, CERTIFICATE_LINK),
                        siteId(task))
                .update();
    }

    /** The site's handover record: each of its tasks fills in its part (the record exists from the first). */
    private void update(DelegateTask task, String assignments, Object... values) {
        Object[] params = new Object[values.length + 2];
        System.arraycopy(values, 0, params, 0, values.length);
        params[values.length] = Timestamp.from(clock.instant());
        params[values.length + 1] = siteId(task);
        // the assignments are this class's constants, never input
        jdbc.sql("update site_handover set " + assignments + ", updated_at = ? where site_id = ?")
                .params(params)
                .update();
    }

    private static long siteId(DelegateTask task) {
        return (Long) task.getVariable(SITE_ID);
    }
}
