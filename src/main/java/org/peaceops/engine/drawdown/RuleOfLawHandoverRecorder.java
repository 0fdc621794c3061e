package org.peaceops.engine.drawdown;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Task_HandOverRuleOfLawFunction, completed: the function handed over on its day with the receiver's confirmation, or withheld with the reason, in the rule-of-law register. */
@Component
public class RuleOfLawHandoverRecorder implements TaskListener {

    private final RuleOfLawTasks ruleOfLawTasks;

    public RuleOfLawHandoverRecorder(RuleOfLawTasks ruleOfLawTasks) {
        this.ruleOfLawTasks = ruleOfLawTasks;
    }

    @Override
    public void notify(DelegateTask task) {
        ruleOfLawTasks.handedOver(task);
    }
}
