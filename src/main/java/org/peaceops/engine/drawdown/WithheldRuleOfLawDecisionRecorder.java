package org.peaceops.engine.drawdown;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Task_DecideWithheldRuleOfLawHandover, completed: what happens instead of the withheld handover of a rule-of-law function, and the escalation closed. */
@Component
public class WithheldRuleOfLawDecisionRecorder implements TaskListener {

    private final HandoverScreenings screenings;

    public WithheldRuleOfLawDecisionRecorder(HandoverScreenings screenings) {
        this.screenings = screenings;
    }

    @Override
    public void notify(DelegateTask task) {
        screenings.withheldDecided(task);
    }
}
