package org.peaceops.engine.drawdown;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The sites of the drawdown's phases and their handover records: what each site task records, and the
 * site handed over or closed.
 */
@Repository
public class SiteRecords {

    private final JdbcClient jdbc;
    private final Clock clock;

    public SiteRecords(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public Site site(long siteId) {
        return jdbc.sql(
                        """
                select s.id, s.name, s.type, s.status, p.operation_code from site s join phase p on p.id = s.phase_id
                where s.id = ?""")
                .param(siteId)
                .query((rs, n) -> new Site(
                        rs.getLong("id"),
                        rs.getString("name"),
                        rs.getString("type"),
                        rs.getString("status"),
                        rs.getString("operation_code")))
                .single();
    }

    /** The sites of a phase still open, in the order they were recorded. */
    public List<Long> openSites(long phaseId) {
        return jdbc.sql("select id from site where phase_id = ? and status = 'OPEN' order by id")
                .param(phaseId)
                .query(Long.class)
                .list();
    }

    /** A site as a portfolio brings it. */
    public void addSite(long phaseId, NewSite site) {
        jdbc.sql(
                        "insert into site (phase_id, name, type, area, status, closed_on, handover_to) values (?, ?, ?, ?, ?, ?, ?)")
                .params(
                        phaseId,
                        site.name(),
                        site.type(),
                        site.area(),
                        site.status(),
                        site.closedOn(),
                        site.handoverTo())
                .update();
    }

    /** The site was handed over or closed (its outcome) on the day, to the authority, by the certificate. */
    public void closed(long siteId, String outcome, LocalDate closedOn, String handoverTo, String certificateLink) {
        jdbc.sql(
                        """
                update site set status = ?, closed_on = ?, handover_to = ?, certificate_link = ? where id = ?""")
                .params(outcome, closedOn, handoverTo, certificateLink, siteId)
                .update();
    }

    /** The site's own planned closure, once it differs from its phase's end. */
    public void plannedClosure(long siteId, LocalDate closure) {
        jdbc.sql("update site set planned_closure = ? where id = ?")
                .params(closure, siteId)
                .update();
    }

    /**
     * The site's handover record, created once: the site's first tasks (created in one transaction)
     * each ask for it, and the tasks completed side by side by different people then only update it.
     */
    public void openHandover(long siteId) {
        jdbc.sql(
                        """
                insert into site_handover (site_id, updated_at)
                select ?, ? from site where id = ? and not exists (select 1 from site_handover where site_id = ?)""")
                .params(siteId, now(), siteId, siteId)
                .update();
    }

    /** The threat to civilians after departure, and what protects them. */
    public void pocChecked(
            long siteId, String level, String earlyWarning, String communityEngagement, String commitments, String by) {
        updateHandover(
                siteId,
                """
                poc_threat_level = ?, poc_early_warning = ?, poc_community_engagement = ?,
                poc_protection_commitments = ?, poc_checked_by = ?""",
                level,
                earlyWarning,
                communityEngagement,
                commitments,
                by);
    }

    public void environmentCleared(long siteId, String link, String summary, String by) {
        environmentRecorded(siteId, "CLEARED", link, summary, by);
    }

    /**
     * The site's environmental record: CLEARED with its clearance report, or (an accelerated withdrawal)
     * LEFT_UNCLEARED with what was left and why.
     */
    public void environmentRecorded(long siteId, String outcome, String link, String summary, String by) {
        updateHandover(
                siteId,
                "environmental_outcome = ?, environmental_link = ?, environmental_summary = ?, environmental_cleared_by = ?",
                outcome,
                link,
                summary,
                by);
    }

    public void assetDisposalPlanned(long siteId, String link, String method, String summary, String by) {
        updateHandover(
                siteId,
                "asset_disposal_link = ?, asset_disposal_method = ?, asset_disposal_summary = ?, asset_disposal_by = ?",
                link,
                method,
                summary,
                by);
    }

    public void certified(long siteId, String receivingAuthority, LocalDate signedOn, String by) {
        updateHandover(
                siteId,
                "receiving_authority = ?, certificate_signed_on = ?, certified_by = ?",
                receivingAuthority,
                signedOn,
                by);
    }

    /** UNDSS's risk level for the site's closure (an accelerated withdrawal). */
    public void securityAssessed(long siteId, String riskLevel, String summary, String by) {
        updateHandover(
                siteId,
                "security_risk_level = ?, security_summary = ?, security_assessed_by = ?",
                riskLevel,
                summary,
                by);
    }

    /** Who received the site and what was left (an accelerated withdrawal). */
    public void closureNoted(long siteId, String receivingAuthority, String note) {
        updateHandover(siteId, "receiving_authority = ?, closure_note = ?", receivingAuthority, note);
    }

    /** The site's handover record: each of its tasks fills in its part (the record exists from the first). */
    private void updateHandover(long siteId, String assignments, Object... values) {
        Object[] params = new Object[values.length + 2];
        System.arraycopy(values, 0, params, 0, values.length);
        params[values.length] = now();
        params[values.length + 1] = siteId;
        // the assignments are this class's constants, never input
        jdbc.sql("update site_handover set " + assignments + ", updated_at = ? where site_id = ?")
                .params(params)
                .update();
    }

    private Timestamp now() {
        return Timestamp.from(clock.instant());
    }

    public record Site(long id, String name, String type, String status, String operationCode) {}

    /** A site as a portfolio brings it. */
    public record NewSite(
            String name, String type, String area, String status, LocalDate closedOn, String handoverTo) {}
}
