package org.peaceops.engine.planning;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.peaceops.engine.shared.GeneratedIds;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The products of joint transition planning, in the project's tables. */
@Repository
public class PlanningRecords {

    private final JdbcClient jdbc;
    private final Clock clock;

    public PlanningRecords(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Records a new draft of the plan; each round of drafting is a new version. */
    public int draftPlan(String operationCode, PlanDraft draft) {
        int version = jdbc.sql("select coalesce(max(version), 0) + 1 from transition_plan where operation_code = ?")
                .param(operationCode)
                .query(Integer.class)
                .single();
        jdbc.sql(
                        """
                insert into transition_plan (operation_code, version, plan_link, summary, planned_completion_on, status,
                                             drafted_by, drafted_at)
                values (?, ?, ?, ?, ?, 'DRAFT', ?, ?)""")
                .params(
                        operationCode,
                        version,
                        draft.link(),
                        draft.summary(),
                        draft.plannedCompletion(),
                        draft.draftedBy(),
                        now())
                .update();
        return version;
    }

    /** Records one party's signature, or its refusal, on the latest draft. */
    public void sign(String operationCode, Party party, Signature signature) {
        String prefix = party == Party.HOST_GOVERNMENT ? "host" : "mission";
        jdbc.sql("update transition_plan set " + prefix + "_decision = ?, " + prefix + "_signatory = ?, " + prefix
                        + "_signed_on = ? where operation_code = ? and version = ?")
                .params(
                        signature.signed() ? "SIGN" : "REFUSE",
                        signature.signatory(),
                        signature.signedOn(),
                        operationCode,
                        latestVersion(operationCode))
                .update();
        if (!signature.signed()) {
            jdbc.sql(
                            """
                    update transition_plan set status = 'REFUSED',
                           refusal_reasons = coalesce(refusal_reasons || ' ', '') || ?
                    where operation_code = ? and version = ?""")
                    .params(
                            party.label() + " (" + signature.signatory() + "): " + signature.refusalReasons(),
                            operationCode,
                            latestVersion(operationCode))
                    .update();
        }
    }

    public void markSigned(String operationCode) {
        int updated = jdbc.sql(
                        """
                update transition_plan set status = 'SIGNED'
                where operation_code = ? and version = ? and host_signed_on is not null and mission_signed_on is not null""")
                .params(operationCode, latestVersion(operationCode))
                .update();
        if (updated != 1) {
            throw new IllegalStateException("the latest plan of " + operationCode + " lacks a signature");
        }
    }

    public Optional<PlanRecord> latestPlan(String operationCode) {
        return jdbc
                .sql(
                        """
                select version, plan_link, status, host_signatory, host_signed_on, mission_signatory, mission_signed_on,
                       refusal_reasons
                from transition_plan where operation_code = ? order by version desc""")
                .param(operationCode)
                .query((rs, n) -> new PlanRecord(
                        rs.getInt("version"),
                        rs.getString("plan_link"),
                        rs.getString("status"),
                        rs.getString("host_signatory"),
                        rs.getObject("host_signed_on", LocalDate.class),
                        rs.getString("mission_signatory"),
                        rs.getObject("mission_signed_on", LocalDate.class),
                        rs.getString("refusal_reasons")))
                .list()
                .stream()
                .findFirst();
    }

    public void recordNationalPocPlan(String operationCode, NationalPocPlan plan) {
        int updated = jdbc.sql(
                        "update national_poc_plan set status = ?, adopted_on = ?, link = ?, updated_by = ?, updated_at = ? where operation_code = ?")
                .params(plan.status(), plan.adoptedOn(), plan.link(), plan.updatedBy(), now(), operationCode)
                .update();
        if (updated == 0) {
            jdbc.sql(
                            "insert into national_poc_plan (operation_code, status, adopted_on, link, updated_by, updated_at) values (?, ?, ?, ?, ?, ?)")
                    .params(operationCode, plan.status(), plan.adoptedOn(), plan.link(), plan.updatedBy(), now())
                    .update();
        }
    }

    public Optional<NationalPocPlan> nationalPocPlan(String operationCode) {
        return jdbc.sql("select status, adopted_on, link, updated_by from national_poc_plan where operation_code = ?")
                .param(operationCode)
                .query((rs, n) -> new NationalPocPlan(
                        rs.getString("status"),
                        rs.getObject("adopted_on", LocalDate.class),
                        rs.getString("link"),
                        rs.getString("updated_by")))
                .optional();
    }

    public long recordFinancingStrategy(String operationCode, FinancingStrategy strategy) {
        return GeneratedIds.insert(
                jdbc,
                """
                insert into financing_strategy (operation_code, strategy_link, unct_funding_usd, mission_programme_usd, notes,
                                                recorded_by, recorded_at)
                values (?, ?, ?, ?, ?, ?, ?)""",
                operationCode,
                strategy.link(),
                strategy.unctFunding(),
                strategy.missionProgrammeBudget(),
                strategy.notes(),
                strategy.recordedBy(),
                now());
    }

    public FinancingStrategy latestFinancingStrategy(String operationCode) {
        return jdbc
                .sql(
                        """
                select strategy_link, unct_funding_usd, mission_programme_usd, notes, recorded_by
                from financing_strategy where operation_code = ? order by id desc""")
                .param(operationCode)
                .query((rs, n) -> new FinancingStrategy(
                        rs.getString("strategy_link"),
                        rs.getBigDecimal("unct_funding_usd"),
                        rs.getBigDecimal("mission_programme_usd"),
                        rs.getString("notes"),
                        rs.getString("recorded_by")))
                .list()
                .stream()
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no financing strategy recorded for " + operationCode));
    }

    /** The coverage of the latest financing check, if one was made. */
    public Optional<BigDecimal> latestFundingCoverage(String operationCode) {
        return jdbc
                .sql(
                        """
                select coverage from financing_strategy where operation_code = ? and coverage is not null
                order by id desc""")
                .param(operationCode)
                .query(BigDecimal.class)
                .list()
                .stream()
                .findFirst();
    }

    public void recordFinancingCheck(String operationCode, BigDecimal coverage, BigDecimal threshold, boolean cliff) {
        jdbc.sql(
                        """
                update financing_strategy set coverage = ?, cliff_threshold = ?, financial_cliff = ?
                where id = (select max(id) from financing_strategy where operation_code = ?)""")
                .params(coverage, threshold, cliff, operationCode)
                .update();
    }

    public void recordProduct(String operationCode, PlanningProduct product) {
        jdbc.sql(
                        """
                insert into planning_record (operation_code, kind, document_link, summary, detail, rating, recorded_by,
                                             recorded_at)
                values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        operationCode,
                        product.kind(),
                        product.documentLink(),
                        product.summary(),
                        product.detail(),
                        product.rating(),
                        product.recordedBy(),
                        now())
                .update();
    }

    public List<PlanningProduct> products(String operationCode) {
        return jdbc.sql(
                        "select kind, document_link, summary, detail, rating, recorded_by from planning_record where operation_code = ? order by id")
                .param(operationCode)
                .query((rs, n) -> new PlanningProduct(
                        rs.getString("kind"),
                        rs.getString("document_link"),
                        rs.getString("summary"),
                        rs.getString("detail"),
                        rs.getString("rating"),
                        rs.getString("recorded_by")))
                .list();
    }

    private int latestVersion(String operationCode) {
        return jdbc.sql("select max(version) from transition_plan where operation_code = ?")
                .param(operationCode)
                .query(Integer.class)
                .optional()
                .orElseThrow(() -> new IllegalStateException("no transition plan drafted for " + operationCode));
    }

    private Timestamp now() {
        return Timestamp.from(clock.instant());
    }

    public enum Party {
        HOST_GOVERNMENT("Host government"),
        MISSION_LEADERSHIP("Mission leadership");

        private final String label;

        Party(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public record PlanDraft(String link, String summary, LocalDate plannedCompletion, String draftedBy) {}

    public record Signature(boolean signed, String signatory, LocalDate signedOn, String refusalReasons) {}

    public record PlanRecord(
            int version,
            String link,
            String status,
            String hostSignatory,
            LocalDate hostSignedOn,
            String missionSignatory,
            LocalDate missionSignedOn,
            String refusalReasons) {}

    public record NationalPocPlan(String status, LocalDate adoptedOn, String link, String updatedBy) {}

    public record FinancingStrategy(
            String link, BigDecimal unctFunding, BigDecimal missionProgrammeBudget, String notes, String recordedBy) {}

    public record PlanningProduct(
            String kind, String documentLink, String summary, String detail, String rating, String recordedBy) {}
}
