package org.peaceops.engine.drawdown;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.peaceops.engine.shared.GeneratedIds;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The drawdown's phases: each phase, what the actors recorded for it, and its readiness decisions
 * (its sites are {@link SiteRecords}).
 */
@Repository
public class PhaseRecords {

    /** Kinds of {@code phase_record}; UNCT_FUNDING's amount is a percentage of the mission's programme budget. */
    public static final String SECURITY_ASSESSMENT = "SECURITY_ASSESSMENT";

    public static final String GENDER_ANALYSIS = "GENDER_ANALYSIS";
    public static final String HOST_CONSENT = "HOST_CONSENT";
    public static final String UNCT_FUNDING = "UNCT_FUNDING";
    public static final String REPATRIATION = "REPATRIATION";
    public static final String ACCELERATED_RISK = "ACCELERATED_RISK";
    public static final String ACCELERATED_RISK_ACCEPTED = "ACCELERATED_RISK_ACCEPTED";

    private final JdbcClient jdbc;
    private final Clock clock;

    public PhaseRecords(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public Phase phase(long phaseId) {
        return jdbc.sql(
                        """
                select id, operation_code, seq, name, status, planned_start, planned_end from phase where id = ?""")
                .param(phaseId)
                .query((rs, n) -> new Phase(
                        rs.getLong("id"),
                        rs.getString("operation_code"),
                        rs.getInt("seq"),
                        rs.getString("name"),
                        rs.getString("status"),
                        rs.getObject("planned_start", LocalDate.class),
                        rs.getObject("planned_end", LocalDate.class)))
                .single();
    }

    /** Every phase of the operation neither completed nor cancelled, in order. */
    public List<Long> openPhases(String operationCode) {
        return jdbc.sql(
                        """
                select id from phase where operation_code = ? and status not in ('COMPLETED', 'CANCELLED')
                order by seq""")
                .param(operationCode)
                .query(Long.class)
                .list();
    }

    /** A phase as a portfolio brings it; its id. */
    public long addPhase(String operationCode, NewPhase phase) {
        return insertPhase(
                operationCode,
                phase.seq(),
                phase.name(),
                phase.plannedStart(),
                phase.plannedEnd(),
                phase.areas(),
                phase.status(),
                null,
                null);
    }

    /**
     * A drawdown without phases on record ended: it is recorded as its one phase (after any others),
     * so that the operation's phases say when its drawdown ended.
     */
    public void addEndedDrawdown(String operationCode, LocalDate endedOn, String summary) {
        int seq = jdbc.sql("select coalesce(max(seq), 0) + 1 from phase where operation_code = ?")
                .param(operationCode)
                .query(Integer.class)
                .single();
        insertPhase(operationCode, seq, "Drawdown", null, null, null, "COMPLETED", endedOn, summary);
    }

    private long insertPhase(
            String operationCode,
            int seq,
            String name,
            LocalDate plannedStart,
            LocalDate plannedEnd,
            String areas,
            String status,
            LocalDate endedOn,
            String endSummary) {
        return GeneratedIds.insert(
                jdbc,
                """
                insert into phase (operation_code, seq, name, planned_start, planned_end, areas, status, ended_on,
                                   end_summary)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                operationCode,
                seq,
                name,
                plannedStart,
                plannedEnd,
                areas,
                status,
                endedOn,
                endSummary);
    }

    /** A phase goes ahead: ONGOING from today, unless it had already started. */
    public void begun(long phaseId) {
        jdbc.sql(
                        """
                update phase set status = 'ONGOING', started_on = coalesce(started_on, ?) where id = ?""")
                .params(LocalDate.now(clock), phaseId)
                .update();
    }

    /** The phase overran: its revised end (its original plan is kept). */
    public void reviseEnd(long phaseId, LocalDate revisedEnd) {
        jdbc.sql("update phase set revised_end = ? where id = ?")
                .params(revisedEnd, phaseId)
                .update();
    }

    public void onHold(long phaseId) {
        jdbc.sql("update phase set status = 'ON_HOLD' where id = ?")
                .param(phaseId)
                .update();
    }

    public void record(
            long phaseId,
            String kind,
            String rating,
            BigDecimal amount,
            String link,
            String summary,
            String detail,
            String user) {
        jdbc.sql(
                        """
                insert into phase_record (phase_id, kind, rating, amount, document_link, summary, detail, recorded_by,
                                          recorded_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(phaseId, kind, rating, amount, link, summary, detail, user, now())
                .update();
    }

    /** The latest record of a kind for the phase. */
    public Optional<PhaseRecord> latest(long phaseId, String kind) {
        return jdbc
                .sql(
                        """
                select rating, amount, summary from phase_record where phase_id = ? and kind = ?
                order by recorded_at desc, id desc fetch first 1 rows only""")
                .params(phaseId, kind)
                .query((rs, n) ->
                        new PhaseRecord(rs.getString("rating"), rs.getBigDecimal("amount"), rs.getString("summary")))
                .list()
                .stream()
                .findFirst();
    }

    /** The latest UNCT funding (percent of the programme budget) confirmed for any phase of the operation. */
    public Optional<BigDecimal> latestFundingPercent(String operationCode) {
        return jdbc
                .sql(
                        """
                select r.amount from phase_record r join phase p on p.id = r.phase_id
                where p.operation_code = ? and r.kind = 'UNCT_FUNDING' order by r.recorded_at desc, r.id desc fetch first 1 rows only""")
                .param(operationCode)
                .query(BigDecimal.class)
                .list()
                .stream()
                .findFirst();
    }

    public long readiness(long phaseId, ReadinessInputs inputs, String outcome, String reasons) {
        return GeneratedIds.insert(
                jdbc,
                """
                insert into phase_readiness (phase_id, minimum_conditions, minimum_conditions_detail,
                    national_poc_plan_adopted, security_risk_level, unct_funding_coverage, host_consent, outcome,
                    reasons, decided_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                phaseId,
                inputs.minimumConditions(),
                inputs.minimumConditionsDetail(),
                inputs.nationalPocPlanAdopted(),
                inputs.securityRiskLevel(),
                inputs.unctFundingCoverage(),
                inputs.hostConsent(),
                outcome,
                reasons,
                now());
    }

    /** What followed a readiness decision: the risk recorded, HQ's answer, a wait, a request to the Council. */
    public void followedUp(
            long readinessId, Long riskId, String step, String note, LocalDate reviewAgainOn, String user) {
        if (riskId != null) {
            jdbc.sql("update phase_readiness set risk_id = ? where id = ?")
                    .params(riskId, readinessId)
                    .update();
        }
        jdbc.sql(
                        """
                insert into phase_readiness_step (readiness_id, step, note, review_again_on, recorded_by, recorded_at)
                values (?, ?, ?, ?, ?, ?)""")
                .params(readinessId, step, note, reviewAgainOn, user, now())
                .update();
    }

    public void ended(long phaseId, LocalDate endedOn, String summary) {
        jdbc.sql("update phase set status = 'COMPLETED', ended_on = ?, end_summary = ? where id = ?")
                .params(endedOn, summary, phaseId)
                .update();
    }

    private Timestamp now() {
        return Timestamp.from(clock.instant());
    }

    public record Phase(
            long id,
            String operationCode,
            int seq,
            String name,
            String status,
            LocalDate plannedStart,
            LocalDate plannedEnd) {

        /** "phase 5 (Disengagement phase 2: North Kivu)", for task names. */
        public String label() {
            return "phase " + seq + " (" + name + ")";
        }
    }

    /** A phase as a portfolio brings it; areas as JSON text. */
    public record NewPhase(
            int seq, String name, LocalDate plannedStart, LocalDate plannedEnd, String areas, String status) {}

    public record PhaseRecord(String rating, BigDecimal amount, String summary) {}

    public record ReadinessInputs(
            String minimumConditions,
            String minimumConditionsDetail,
            boolean nationalPocPlanAdopted,
            String securityRiskLevel,
            BigDecimal unctFundingCoverage,
            String hostConsent) {}
}
