package org.peaceops.engine.assessment;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Task_EosgClearance, completed after the form check: the Executive Office's decision (clear or
 * return) and its comments go to assessment_record.
 */
@Component
public class AssessmentClearanceRecorder implements TaskListener {

    private final AssessmentProducts products;

    public AssessmentClearanceRecorder(AssessmentProducts products) {
        this.products = products;
    }

    @Override
    public void notify(DelegateTask task) {
        products.record(task, AssessmentStep.EOSG_CLEARANCE);
    }
}
