package org.peaceops.engine.drawdown;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Task_ScreenRuleOfLawReceiver, completed: the human rights screening of the national institution that receives a rule-of-law function. */
@Component
public class RuleOfLawScreeningRecorder implements TaskListener {

    private final HandoverScreenings screenings;

    public RuleOfLawScreeningRecorder(HandoverScreenings screenings) {
        this.screenings = screenings;
    }

    @Override
    public void notify(DelegateTask task) {
        screenings.screened(task);
    }
}
