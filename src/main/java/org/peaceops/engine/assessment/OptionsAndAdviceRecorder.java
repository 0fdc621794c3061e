package org.peaceops.engine.assessment;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Task_DraftOptionsAndAdvice, completed after the form check: the options report, the candid advice
 * and the recommended option go to assessment_record, one row per round.
 */
@Component
public class OptionsAndAdviceRecorder implements TaskListener {

    private final AssessmentProducts products;

    public OptionsAndAdviceRecorder(AssessmentProducts products) {
        this.products = products;
    }

    @Override
    public void notify(DelegateTask task) {
        products.record(task, AssessmentStep.OPTIONS_AND_ADVICE);
    }
}
