package org.peaceops.engine.drawdown;

import static org.peaceops.engine.drawdown.DrawdownPhase.NATIONAL_POC_PLAN_STATUS;
import static org.peaceops.engine.drawdown.DrawdownPhase.UNCT_FUNDING_PERCENT;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Assignment listener of "Confirm the phase's conditions": when the transition cell takes the task,
 * the national POC plan's status and the UNCT funding are read again from the records, so that the
 * form shows them as they stand and not as they stood when the phase opened. A value someone entered
 * where the records had none stays theirs.
 */
@Component
public class PhaseConditionsRefreshListener implements TaskListener {

    static final String POC_PLAN_ON_RECORD = "pocPlanOnRecord";
    static final String FUNDING_ON_RECORD = "fundingOnRecord";

    private final DrawdownPhases phases;

    public PhaseConditionsRefreshListener(DrawdownPhases phases) {
        this.phases = phases;
    }

    @Override
    public void notify(DelegateTask task) {
        if (task.getAssignee() == null) {
            return;
        }
        refresh(task, NATIONAL_POC_PLAN_STATUS, POC_PLAN_ON_RECORD, phases.pocPlanStatus(task.getExecution()));
        refresh(task, UNCT_FUNDING_PERCENT, FUNDING_ON_RECORD, phases.fundingPercent(task.getExecution()));
    }

    private static void refresh(DelegateTask task, String field, String onRecord, Object recorded) {
        boolean fromRecords = Boolean.TRUE.equals(task.getVariableLocal(onRecord));
        if (recorded != null && (fromRecords || task.getVariableLocal(field) == null)) {
            task.setVariableLocal(field, recorded);
            task.setVariableLocal(onRecord, true);
        }
    }
}
