package org.peaceops.engine.planning;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Task_MapRuleOfLawFunction, completed after the form check: the police, justice, corrections or security-sector function goes to the rule-of-law register, with who takes it, their capacity and funding, and the drawdown phase in which it is handed over (resolution 2594, OP 7).
 */
@Component
public class RuleOfLawFunctionRecorder implements TaskListener {

    private final PlanSubstance substance;

    public RuleOfLawFunctionRecorder(PlanSubstance substance) {
        this.substance = substance;
    }

    @Override
    public void notify(DelegateTask task) {
        substance.ruleOfLawFunctionMapped(task);
    }
}
