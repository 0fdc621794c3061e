package org.peaceops.engine.planning;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Task_EscalateFinancialCliff, completed after the form check: the financial-cliff escalation closes
 * with its mitigation and the channel it was raised in.
 */
@Component
public class FinancialCliffResponseRecorder implements TaskListener {

    private final PlanningAnswers answers;

    public FinancialCliffResponseRecorder(PlanningAnswers answers) {
        this.answers = answers;
    }

    @Override
    public void notify(DelegateTask task) {
        answers.financialCliffClosed(task);
    }
}
