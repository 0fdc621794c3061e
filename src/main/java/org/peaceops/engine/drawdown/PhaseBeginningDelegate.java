package org.peaceops.engine.drawdown;

import static org.peaceops.engine.drawdown.DrawdownPhase.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_BeginPhase: the phase is cleared to go ahead and is ONGOING from today, with the rule-of-law
 * functions it hands over fixed as it begins (those mapped in planning up to then).
 */
@Component
public class PhaseBeginningDelegate implements JavaDelegate {

    private final PhaseRecords records;
    private final RuleOfLawTasks ruleOfLaw;

    public PhaseBeginningDelegate(PhaseRecords records, RuleOfLawTasks ruleOfLaw) {
        this.records = records;
        this.ruleOfLaw = ruleOfLaw;
    }

    @Override
    public void execute(DelegateExecution execution) {
        records.begun((Long) execution.getVariable(PHASE_ID));
        ruleOfLaw.fixDue(execution);
    }
}
