package org.peaceops.engine.monitoring;

import static org.peaceops.engine.monitoring.PostTransition.*;

import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.peaceops.engine.access.CurrentUser;
import org.peaceops.engine.camunda.FormValues;
import org.peaceops.engine.camunda.TaskTexts;
import org.peaceops.engine.shared.Deadlines;
import org.springframework.stereotype.Component;

/**
 * The liquidation after the withdrawal: the mission's assets disposed of, its archives transferred,
 * the end-of-mission report submitted, each due by the configured months after the withdrawal.
 */
@Component
public class Liquidation {

    static final Map<String, String> STEPS = Map.of(
            TASK_DISPOSE_ASSETS, "ASSET_DISPOSAL",
            TASK_TRANSFER_ARCHIVES, "ARCHIVES",
            TASK_END_OF_MISSION_REPORT, "END_OF_MISSION_REPORT");

    private final Withdrawals withdrawals;
    private final PostTransitionProperties properties;
    private final PostTransitionRecords records;
    private final CurrentUser currentUser;
    private final TaskTexts texts;

    public Liquidation(
            Withdrawals withdrawals,
            PostTransitionProperties properties,
            PostTransitionRecords records,
            CurrentUser currentUser,
            TaskTexts texts) {
        this.withdrawals = withdrawals;
        this.properties = properties;
        this.records = records;
        this.currentUser = currentUser;
        this.texts = texts;
    }

    /** Due the configured months (18) after the withdrawal. */
    public Date due(DelegateExecution execution) {
        return Deadlines.startOfDay(
                withdrawals.completedOn(execution.getProcessBusinessKey()).plusMonths(properties.liquidationMonths()));
    }

    public void describe(DelegateTask task) {
        // the step as the form's heading says it, in the operation's language ("the transfer of the
        // mission's archives")
        task.setVariableLocal(LIQUIDATION_STEP, texts.text(task, "text.liquidation." + task.getTaskDefinitionKey()));
        task.setVariableLocal(
                COMPLETED_ON,
                withdrawals
                        .completedOn(task.getExecution().getProcessBusinessKey())
                        .toString());
    }

    public void recorded(DelegateTask task) {
        records.liquidationStep(
                task.getExecution().getProcessBusinessKey(),
                STEPS.get(task.getTaskDefinitionKey()),
                FormValues.text(task, LIQUIDATION_LINK),
                FormValues.text(task, LIQUIDATION_SUMMARY),
                FormValues.date(task, LIQUIDATION_COMPLETED_ON),
                currentUser.completing(task));
    }
}
