package org.peaceops.engine.closure;

import static org.peaceops.engine.closure.Closure.*;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.peaceops.engine.camunda.TaskTexts;
import org.peaceops.engine.escalation.Escalations;
import org.springframework.stereotype.Component;

/**
 * The residual tasks of an operation: what the mission hands over to the UN country team (or the host
 * government) as it closes, each with its receiving capacity and funding confirmed.
 */
@Component("residualTasks")
public class ResidualTasks {

    private final ResidualTaskRecords records;
    private final Escalations escalations;
    private final TaskTexts texts;

    public ResidualTasks(ResidualTaskRecords records, Escalations escalations, TaskTexts texts) {
        this.records = records;
        this.escalations = escalations;
        this.texts = texts;
    }

    /** The collection of the handover multi-instance: every task listed and not yet handed over. */
    public List<Long> listed(DelegateExecution execution) {
        return records.listedIds(execution.getProcessBusinessKey());
    }

    /** A residual task's task, created: named after it, with what was listed for its form. */
    public void describe(DelegateTask task) {
        long id = (Long) task.getVariable(RESIDUAL_TASK_ID);
        var listed = records.listed(id);
        texts.describe(task, listed.title());
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

    static String subject(long id) {
        return "residual:" + id;
    }
}
