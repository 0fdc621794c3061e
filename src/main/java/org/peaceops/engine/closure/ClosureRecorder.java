package org.peaceops.engine.closure;

import static org.peaceops.engine.closure.Closure.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.peaceops.engine.access.CurrentUser;
import org.peaceops.engine.camunda.FormValues;
import org.peaceops.engine.escalation.Escalations;
import org.peaceops.engine.registry.TransitionRegistry;
import org.springframework.stereotype.Component;

/** The closure's tasks, completed: the mandate's end, the residual tasks, the withdrawal complete. */
@Component
public class ClosureRecorder {

    static final String CHANNEL = "TASKLIST";

    private final TransitionRegistry registry;
    private final ResidualTaskRecords residualTaskRecords;
    private final Escalations escalations;
    private final CurrentUser currentUser;

    public ClosureRecorder(
            TransitionRegistry registry,
            ResidualTaskRecords residualTaskRecords,
            Escalations escalations,
            CurrentUser currentUser) {
        this.registry = registry;
        this.residualTaskRecords = residualTaskRecords;
        this.escalations = escalations;
        this.currentUser = currentUser;
    }

    /** Task_RecordMandateEnd. */
    public void mandateEnded(DelegateTask task) {
        registry.recordMandateEnd(
                operation(task), FormValues.date(task, MANDATE_ENDED_ON), FormValues.text(task, MANDATE_END_NOTE));
    }

    /** Task_ListResidualTask: one more task for the country team (none when the list is done). */
    public void residualTaskListed(DelegateTask task) {
        if (!ADD.equals(FormValues.text(task, RESIDUAL_TASK_LISTING))) {
            return;
        }
        residualTaskRecords.list(
                operation(task),
                new ResidualTaskRecords.Listed(
                        FormValues.text(task, RESIDUAL_TITLE),
                        FormValues.text(task, RESIDUAL_DESCRIPTION),
                        FormValues.text(task, RESIDUAL_RECEIVING_ENTITY),
                        FormValues.amount(task, RESIDUAL_ANNUAL_COST_USD)),
                currentUser.completing(task));
    }

    /** Task_HandOverResidualTask: who took it over, with what capacity and funding. */
    public void residualTaskHandedOver(DelegateTask task) {
        residualTaskRecords.handedOver(
                residualTaskId(task),
                new ResidualTaskRecords.HandedOver(
                        FormValues.text(task, RECEIVING_ENTITY),
                        FormValues.text(task, CAPACITY_NOTE),
                        FormValues.text(task, RESIDUAL_FUNDING),
                        FormValues.text(task, FUNDING_SOURCE),
                        FormValues.amount(task, FUNDED_AMOUNT_USD),
                        FormValues.date(task, RESIDUAL_HANDED_OVER_ON)),
                currentUser.completing(task));
    }

    /** Task_AddressResidualFundingGap: the financial cliff is answered, and its escalation closes. */
    public void fundingGapAddressed(DelegateTask task) {
        long id = residualTaskId(task);
        String decision = FormValues.text(task, GAP_DECISION);
        String note = FormValues.text(task, GAP_NOTE);
        String user = currentUser.completing(task);
        residualTaskRecords.gapDecided(id, decision, note, user);
        escalations.close(
                operation(task), FINANCIAL_CLIFF, ResidualTasks.subject(id), user, decision + ": " + note, CHANNEL);
    }

    /** Task_RecordWithdrawalComplete: completedOn, and the stage that follows from it. */
    public void withdrawalCompleted(DelegateTask task) {
        registry.complete(
                operation(task), FormValues.date(task, COMPLETED_ON), FormValues.text(task, WITHDRAWAL_SUMMARY));
    }

    private static long residualTaskId(DelegateTask task) {
        return (Long) task.getVariable(RESIDUAL_TASK_ID);
    }

    private static String operation(DelegateTask task) {
        return task.getExecution().getProcessBusinessKey();
    }
}
