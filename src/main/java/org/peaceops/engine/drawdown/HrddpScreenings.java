package org.peaceops.engine.drawdown;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The human rights screenings (HRDDP) of the units that receive a site or a rule-of-law function from
 * the mission: one row per screening, with what was decided instead when support was withheld.
 */
@Repository
public class HrddpScreenings {

    private static final String SELECT =
            """
            select h.id, h.operation_code, p.seq as phase_seq, h.site_id, s.name as site_name, h.rule_of_law_handover_id,
            h.receiving_unit, h.violation_risk, h.risk_summary, h.mitigation, h.decision, h.conditions,
            h.screened_by, h.screened_at, h.withheld_decision, h.withheld_note
            from hrddp_screening h join phase p on p.id = h.phase_id left join site s on s.id = h.site_id""";

    private final JdbcClient jdbc;
    private final Clock clock;

    public HrddpScreenings(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A screening as the human rights officer recorded it; its id. */
    public long screened(NewScreening screening) {
        KeyHolder id = new GeneratedKeyHolder();
        jdbc.sql(
                        """
                insert into hrddp_screening (operation_code, phase_id, site_id, rule_of_law_handover_id, receiving_unit,
                    violation_risk, risk_summary, mitigation, decision, conditions, screened_by, screened_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        screening.operationCode(),
                        screening.phaseId(),
                        screening.siteId(),
                        screening.ruleOfLawHandoverId(),
                        screening.receivingUnit(),
                        screening.violationRisk(),
                        screening.riskSummary(),
                        screening.mitigation(),
                        screening.decision(),
                        screening.conditions(),
                        screening.screenedBy(),
                        Timestamp.from(clock.instant()))
                .update(id, "id");
        return id.getKey().longValue();
    }

    /** What mission leadership and HQ decided instead of a withheld handover. */
    public void withheldDecided(long id, String decision, String note, String by) {
        jdbc.sql(
                        """
                update hrddp_screening set withheld_decision = ?, withheld_note = ?, withheld_decided_by = ?,
                    withheld_decided_at = ? where id = ?""")
                .params(decision, note, by, Timestamp.from(clock.instant()), id)
                .update();
    }

    public Screening get(long id) {
        return jdbc.sql(SELECT + " where h.id = ?")
                .param(id)
                .query(HrddpScreenings::screening)
                .single();
    }

    /** The operation's screenings, oldest first. */
    public List<Screening> ofOperation(String operationCode) {
        return ofOperations(List.of(operationCode)).getOrDefault(operationCode, List.of());
    }

    /** The screenings of these operations, oldest first, in one query (an operation with none has no entry). */
    public Map<String, List<Screening>> ofOperations(Collection<String> operationCodes) {
        Map<String, List<Screening>> byOperation = new LinkedHashMap<>();
        if (operationCodes.isEmpty()) {
            return byOperation;
        }
        jdbc.sql(SELECT + " where h.operation_code = any(?) order by h.id")
                .param(operationCodes.toArray(String[]::new))
                .query(HrddpScreenings::screening)
                .list()
                .forEach(s -> byOperation
                        .computeIfAbsent(s.operationCode(), code -> new ArrayList<>())
                        .add(s));
        return byOperation;
    }

    /**
     * The screenings of these operations recorded by the end of the day (UTC), oldest first, in one query
     * (an operation with none has no entry): the status report's.
     */
    public Map<String, List<Screening>> asOf(Collection<String> operationCodes, java.time.LocalDate day) {
        Map<String, List<Screening>> byOperation = new LinkedHashMap<>();
        if (operationCodes.isEmpty()) {
            return byOperation;
        }
        Timestamp endOfDay = Timestamp.from(
                day.plusDays(1).atStartOfDay(java.time.ZoneOffset.UTC).toInstant());
        jdbc.sql(SELECT + " where h.operation_code = any(?) and h.screened_at < ? order by h.id")
                .params(operationCodes.toArray(String[]::new), endOfDay)
                .query(HrddpScreenings::screening)
                .list()
                .forEach(s -> byOperation
                        .computeIfAbsent(s.operationCode(), code -> new ArrayList<>())
                        .add(s));
        return byOperation;
    }

    private static Screening screening(ResultSet rs, int n) throws SQLException {
        long siteId = rs.getLong("site_id");
        Long site = rs.wasNull() ? null : siteId;
        long rolId = rs.getLong("rule_of_law_handover_id");
        Long rol = rs.wasNull() ? null : rolId;
        return new Screening(
                rs.getLong("id"),
                rs.getString("operation_code"),
                rs.getInt("phase_seq"),
                site,
                rs.getString("site_name"),
                rol,
                rs.getString("receiving_unit"),
                rs.getString("violation_risk"),
                rs.getString("risk_summary"),
                rs.getString("mitigation"),
                rs.getString("decision"),
                rs.getString("conditions"),
                rs.getString("screened_by"),
                rs.getTimestamp("screened_at").toInstant().toString(),
                rs.getString("withheld_decision"),
                rs.getString("withheld_note"));
    }

    /** A screening to record: of a site, or of a rule-of-law function (the other id null). */
    public record NewScreening(
            String operationCode,
            long phaseId,
            Long siteId,
            Long ruleOfLawHandoverId,
            String receivingUnit,
            String violationRisk,
            String riskSummary,
            String mitigation,
            String decision,
            String conditions,
            String screenedBy) {}

    /**
     * A screening: the phase (its sequence number), the site (id and name) or the rule-of-law function
     * handed over, the unit, the risk of grave violations and its mitigation, the decision (SUPPORT,
     * SUPPORT_WITH_CONDITIONS, WITHHOLD) with its conditions, and, once withheld, what was decided instead.
     */
    public record Screening(
            long id,
            String operationCode,
            int phaseSeq,
            Long siteId,
            String siteName,
            Long ruleOfLawHandoverId,
            String receivingUnit,
            String violationRisk,
            String riskSummary,
            String mitigation,
            String decision,
            String conditions,
            String screenedBy,
            String screenedAt,
            String withheldDecision,
            String withheldNote) {}
}
