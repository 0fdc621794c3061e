package org.peaceops.engine.planning;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Task_MapUnctCapacity, completed after the form check: the map of the UN Country Team's capacity
 * (what it can absorb, its gaps) goes on record.
 */
@Component
public class UnctCapacityMappingRecorder implements TaskListener {

    private final PlanningAnswers answers;

    public UnctCapacityMappingRecorder(PlanningAnswers answers) {
        this.answers = answers;
    }

    @Override
    public void notify(DelegateTask task) {
        answers.capacityMapped(task);
    }
}
