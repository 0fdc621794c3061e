package org.peaceops.engine.assessment;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Task_GenderAnalysis, completed after the form check: the gender analysis, its summary and risk level
 * go to assessment_record.
 */
@Component
public class AssessmentGenderAnalysisRecorder implements TaskListener {

    private final AssessmentProducts products;

    public AssessmentGenderAnalysisRecorder(AssessmentProducts products) {
        this.products = products;
    }

    @Override
    public void notify(DelegateTask task) {
        products.record(task, AssessmentStep.GENDER_ANALYSIS);
    }
}
