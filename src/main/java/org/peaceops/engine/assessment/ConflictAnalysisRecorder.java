package org.peaceops.engine.assessment;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Task_ConflictAnalysis, completed after the form check: the conflict analysis, its summary and risk
 * level go to assessment_record.
 */
@Component
public class ConflictAnalysisRecorder implements TaskListener {

    private final AssessmentProducts products;

    public ConflictAnalysisRecorder(AssessmentProducts products) {
        this.products = products;
    }

    @Override
    public void notify(DelegateTask task) {
        products.record(task, AssessmentStep.CONFLICT_ANALYSIS);
    }
}
