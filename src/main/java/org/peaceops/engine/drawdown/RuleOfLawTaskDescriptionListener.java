package org.peaceops.engine.drawdown;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** The rule-of-law function's tasks, created: named after the function, with the function, its area and its receiver for the form. */
@Component
public class RuleOfLawTaskDescriptionListener implements TaskListener {

    private final RuleOfLawTasks ruleOfLawTasks;

    public RuleOfLawTaskDescriptionListener(RuleOfLawTasks ruleOfLawTasks) {
        this.ruleOfLawTasks = ruleOfLawTasks;
    }

    @Override
    public void notify(DelegateTask task) {
        ruleOfLawTasks.describe(task);
    }
}
