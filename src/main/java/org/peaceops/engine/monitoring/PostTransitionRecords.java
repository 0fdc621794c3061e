package org.peaceops.engine.monitoring;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.peaceops.engine.shared.GeneratedIds;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** After the withdrawal: the liquidation's steps and the quarterly checks for relapse, with their referrals. */
@Repository
public class PostTransitionRecords {

    private final JdbcClient jdbc;
    private final Clock clock;

    public PostTransitionRecords(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A check for relapse; its id. */
    public long addRelapseCheck(String operationCode, int quarter, RelapseCheckInputs check, String checkedBy) {
        return GeneratedIds.insert(
                jdbc,
                """
                insert into relapse_check (operation_code, quarter, protection_incidents, political_stability,
                    human_rights_violations, civic_space, funding_percent, assessment, relapse_risk, findings,
                    checked_by, checked_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                operationCode,
                quarter,
                check.protectionIncidents(),
                check.politicalStability(),
                check.humanRightsViolations(),
                check.civicSpace(),
                check.fundingPercent(),
                check.assessment(),
                check.relapseRisk(),
                check.findings(),
                checkedBy,
                now());
    }

    /** The risk of relapse the check found was referred (to the PBC or the Council). */
    public void referred(long checkId, String referral, String note, String referredBy) {
        jdbc.sql("update relapse_check set referral = ?, referral_note = ?, referred_by = ? where id = ?")
                .params(referral, note, referredBy, checkId)
                .update();
    }

    /**
     * The latest check for relapse made by the end of the day (UTC), during the 24 months after the
     * withdrawal, by operation code, in one query (none before the first: no entry).
     */
    public Map<String, RelapseCheck> latestRelapseChecks(Collection<String> operationCodes, LocalDate day) {
        if (operationCodes.isEmpty()) {
            return Map.of();
        }
        Timestamp endOfDay =
                Timestamp.from(day.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
        Map<String, RelapseCheck> latest = new HashMap<>();
        jdbc.sql(
                        """
                select operation_code, checked_at, quarter, relapse_risk, findings, referral, human_rights_violations,
                       civic_space from (
                    select r.*, row_number() over (partition by r.operation_code order by r.checked_at desc, r.id desc)
                        as recency
                    from relapse_check r where r.operation_code = any(?) and r.checked_at < ?
                ) ranked where recency = 1""")
                .params(operationCodes.toArray(String[]::new), endOfDay)
                .query(rs -> {
                    latest.put(
                            rs.getString("operation_code"),
                            new RelapseCheck(
                                    LocalDate.ofInstant(
                                            rs.getTimestamp("checked_at").toInstant(), ZoneOffset.UTC),
                                    rs.getInt("quarter"),
                                    rs.getBoolean("relapse_risk"),
                                    rs.getString("findings"),
                                    rs.getString("referral"),
                                    rs.getString("human_rights_violations"),
                                    rs.getString("civic_space")));
                });
        return latest;
    }

    /** A step of the liquidation, done. */
    public void liquidationStep(
            String operationCode, String step, String link, String summary, LocalDate completedOn, String by) {
        jdbc.sql(
                        """
                insert into liquidation_record (operation_code, step, document_link, summary, completed_on,
                                                recorded_by, recorded_at)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(operationCode, step, link, summary, completedOn, by, now())
                .update();
    }

    private Timestamp now() {
        return Timestamp.from(clock.instant());
    }

    /** What a check for relapse found; findings null when it found no risk. */
    public record RelapseCheckInputs(
            String protectionIncidents,
            String politicalStability,
            String humanRightsViolations,
            String civicSpace,
            BigDecimal fundingPercent,
            String assessment,
            boolean relapseRisk,
            String findings) {}

    /**
     * A check for relapse; referral is where a risk was referred (PBC, COUNCIL), once it was; the human
     * rights answers are null for a check recorded before they were asked.
     */
    public record RelapseCheck(
            LocalDate checkedOn,
            int quarter,
            boolean relapseRisk,
            String findings,
            String referral,
            String humanRightsViolations,
            String civicSpace) {}
}
