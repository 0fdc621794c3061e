package org.peaceops.engine.closure;

import static org.peaceops.engine.closure.Closure.*;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.peaceops.engine.escalation.Escalations;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The residual tasks of an operation: what the mission hands over to the UN country team (or the host
 * government) as it closes, each with its receiving capacity and funding confirmed.
 */
@Component("residualTasks")
public class ResidualTasks {

    static final String LISTED = "LISTED";
    static final String HANDED_OVER = "HANDED_OVER";

    private final JdbcClient jdbc;
    private final Escalations escalations;
    private final Clock clock;

    public ResidualTasks(JdbcClient jdbc, Escalations escalations, Clock clock) {
        this.jdbc = jdbc;
        this.escalations = escalations;
        this.clock = clock;
    }

    /** The collection of the handover multi-instance: every task listed and not yet handed over. */
    public List<Long> listed(DelegateExecution execution) {
        return jdbc.sql("select id from residual_task where operation_code = ? and status = ? order by id")
                .params(execution.getProcessBusinessKey(), LISTED)
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

    /** A residual task's task, created: named after it, with what was listed for its form. */
    public void describe(DelegateTask task) {
        long id = (Long) task.getVariable(RESIDUAL_TASK_ID);
        // the entity it went to once handed over, else the one expected when it was listed
        var listed = jdbc.sql(
                        """
                select title, description, coalesce(receiving_entity, expected_entity), annual_cost_usd
                from residual_task where id = ?""")
                .param(id)
                .query((rs, n) -> new Listed(rs.getString(1), rs.getString(2), rs.getString(3), rs.getBigDecimal(4)))
                .single();
        String operation = task.getExecution().getProcessBusinessKey();
        String title = Closure.TASK_ADDRESS_FUNDING_GAP.equals(task.getTaskDefinitionKey())
                ? "Financial cliff: "
                : "Residual task handover: ";
        task.setName(title + listed.title() + " (" + operation + ")");
        task.setVariableLocal(RESIDUAL_TITLE, listed.title());
        task.setVariableLocal(RESIDUAL_DESCRIPTION, listed.description());
        task.setVariableLocal(
                RESIDUAL_ANNUAL_COST_USD,
                listed.annualCostUsd().stripTrailingZeros().toPlainString());
        if (task.getVariable(RECEIVING_ENTITY) == null) {
            task.setVariableLocal(RECEIVING_ENTITY, listed.expectedEntity());
        }
    }

    /** Task_AddressResidualFundingGap, created: a financial cliff, escalated to headquarters and the PBSO. */
    public void fundingGap(DelegateTask task) {
        long id = (Long) task.getVariable(RESIDUAL_TASK_ID);
        escalations.openFor(
                task,
                FINANCIAL_CLIFF,
                subject(id),
                "Residual task " + task.getVariable(RESIDUAL_TITLE) + " handed over to "
                        + task.getVariable(RECEIVING_ENTITY) + " is " + task.getVariable(RESIDUAL_FUNDING));
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

    static String subject(long id) {
        return "residual:" + id;
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
