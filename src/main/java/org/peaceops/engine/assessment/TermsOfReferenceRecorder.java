package org.peaceops.engine.assessment;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Task_DraftTermsOfReference, completed after the form check: the terms of reference and the
 * assessment's scope go to assessment_record.
 */
@Component
public class TermsOfReferenceRecorder implements TaskListener {

    private final AssessmentProducts products;

    public TermsOfReferenceRecorder(AssessmentProducts products) {
        this.products = products;
    }

    @Override
    public void notify(DelegateTask task) {
        products.record(task, AssessmentStep.TERMS_OF_REFERENCE);
    }
}
