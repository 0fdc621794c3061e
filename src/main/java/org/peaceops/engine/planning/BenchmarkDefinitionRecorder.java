package org.peaceops.engine.planning;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Task_DefineBenchmarks, completed after the form check: the benchmark with its first indicator goes to the benchmarks, when added here; the task is refused while the operation still has no benchmark with an indicator, an owner and a target (resolution 2594, OP 2).
 */
@Component
public class BenchmarkDefinitionRecorder implements TaskListener {

    private final PlanSubstance substance;

    public BenchmarkDefinitionRecorder(PlanSubstance substance) {
        this.substance = substance;
    }

    @Override
    public void notify(DelegateTask task) {
        substance.benchmarkDefined(task);
    }
}
