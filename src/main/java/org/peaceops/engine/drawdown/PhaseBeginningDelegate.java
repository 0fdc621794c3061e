package org.peaceops.engine.drawdown;

import static org.peaceops.engine.drawdown.DrawdownPhase.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_BeginPhase: the phase is cleared to go ahead and is ONGOING from today. */
@Component
public class PhaseBeginningDelegate implements JavaDelegate {

    private final PhaseRecords records;

    public PhaseBeginningDelegate(PhaseRecords records) {
        this.records = records;
    }

    @Override
    public void execute(DelegateExecution execution) {
        records.begun((Long) execution.getVariable(PHASE_ID));
    }
}
