package org.peaceops.engine.assessment;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Flow_Returned, taken: the Executive Office returned the options. Its comments become the return
 * reasons the next draft of the options shows, and its decision and comments are removed, so that the
 * next clearance starts from an empty form; both stay in assessment_record. The clearance keeps its
 * fields in the assessment's own variables instead of a scope of its own (an input mapping), which
 * made every clearance a new execution and two variables more; a form is only cleared when it is
 * returned.
 */
@Component
public class ClearanceReturnListener implements ExecutionListener {

    @Override
    public void notify(DelegateExecution execution) {
        execution.setVariable(
                StrategicAssessment.EOSG_RETURN_REASONS, execution.getVariable(StrategicAssessment.EOSG_COMMENTS));
        execution.removeVariables(List.of(StrategicAssessment.EOSG_DECISION, StrategicAssessment.EOSG_COMMENTS));
    }
}
