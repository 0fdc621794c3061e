package org.peaceops.engine.assessment;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Task_HumanRightsRiskAnalysis, completed after the form check: the human-rights risk analysis, its
 * summary and risk level go to assessment_record.
 */
@Component
public class HumanRightsAnalysisRecorder implements TaskListener {

    private final AssessmentProducts products;

    public HumanRightsAnalysisRecorder(AssessmentProducts products) {
        this.products = products;
    }

    @Override
    public void notify(DelegateTask task) {
        products.record(task, AssessmentStep.HUMAN_RIGHTS_ANALYSIS);
    }
}
