package org.peaceops.engine.assessment;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Task_PocThreatAssessment, completed after the form check: the assessment of threats to civilians,
 * its summary and threat level go to assessment_record.
 */
@Component
public class PocThreatAssessmentRecorder implements TaskListener {

    private final AssessmentProducts products;

    public PocThreatAssessmentRecorder(AssessmentProducts products) {
        this.products = products;
    }

    @Override
    public void notify(DelegateTask task) {
        products.record(task, AssessmentStep.POC_THREAT_ASSESSMENT);
    }
}
