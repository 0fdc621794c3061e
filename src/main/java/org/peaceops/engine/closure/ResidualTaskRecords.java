package org.peaceops.engine.closure;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The residual tasks of an operation as listed, handed over, and decided where their funding fell short. */
@Repository
public class ResidualTaskRecords {

    static final String LISTED = "LISTED";
    static final String HANDED_OVER = "HANDED_OVER";

    private final JdbcClient jdbc;
    private final Clock clock;

    public ResidualTaskRecords(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Every task of the operation listed and not yet handed over, in the order listed. */
    public List<Long> listedIds(String operationCode) {
        return jdbc.sql("select id from residual_task where operation_code = ? and status = ? order by id")
                .params(operationCode, LISTED)
                .query(Long.class)
                .list();
    }

    public void list(String operationCode, Listed task, String user) {
        jdbc.sql(
                        """
                insert into residual_task (operation_code, title, description, expected_entity, annual_cost_usd,
                                           listed_by, listed_at, status)
                values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        operationCode,
                        task.title(),
                        task.description(),
                        task.expectedEntity(),
                        task.annualCostUsd(),
                        user,
                        Timestamp.from(clock.instant()),
                        LISTED)
                .update();
    }

    /** The task as listed, with the entity it went to once handed over, else the one expected. */
    public Listed listed(long id) {
        return jdbc.sql(
                        """
                select title, description, coalesce(receiving_entity, expected_entity) as entity, annual_cost_usd
                from residual_task where id = ?""")
                .param(id)
                .query((rs, n) -> new Listed(
                        rs.getString("title"),
                        rs.getString("description"),
                        rs.getString("entity"),
                        rs.getBigDecimal("annual_cost_usd")))
                .single();
    }

    public void handedOver(long id, HandedOver handover, String user) {
        jdbc.sql(
                        """
                update residual_task set status = ?, receiving_entity = ?, capacity_confirmed = true, capacity_note = ?,
                    funding = ?,
                    funding_source = ?, funded_amount_usd = ?, handed_over_on = ?, handed_over_by = ?
                where id = ?""")
                .params(
                        HANDED_OVER,
                        handover.receivingEntity(),
                        handover.capacityNote(),
                        handover.funding(),
                        handover.fundingSource(),
                        handover.fundedAmountUsd(),
                        handover.handedOverOn(),
                        user,
                        id)
                .update();
    }

    public void gapDecided(long id, String decision, String note, String user) {
        jdbc.sql("update residual_task set gap_decision = ?, gap_note = ?, gap_decided_by = ? where id = ?")
                .params(decision, note, user, id)
                .update();
    }

    public record Listed(String title, String description, String expectedEntity, BigDecimal annualCostUsd) {}

    public record HandedOver(
            String receivingEntity,
            String capacityNote,
            String funding,
            String fundingSource,
            BigDecimal fundedAmountUsd,
            LocalDate handedOverOn) {}
}
