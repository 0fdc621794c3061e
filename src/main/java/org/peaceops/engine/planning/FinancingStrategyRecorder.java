package org.peaceops.engine.planning;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Task_DraftFinancingStrategy, completed after the form check: the financing strategy, with UNCT
 * funding and the mission's programme budget that Task_CheckFinancialCliff compares, goes on record.
 */
@Component
public class FinancingStrategyRecorder implements TaskListener {

    private final PlanningAnswers answers;

    public FinancingStrategyRecorder(PlanningAnswers answers) {
        this.answers = answers;
    }

    @Override
    public void notify(DelegateTask task) {
        answers.financingStrategyDrafted(task);
    }
}
