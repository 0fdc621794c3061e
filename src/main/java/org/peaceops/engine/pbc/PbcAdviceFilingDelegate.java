package org.peaceops.engine.pbc;

import static org.peaceops.engine.pbc.PbcConsultation.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.peaceops.engine.assessment.AssessmentRecords;
import org.peaceops.engine.camunda.FormValues;
import org.peaceops.engine.escalation.Escalations;
import org.peaceops.engine.registry.TransitionRegistry;
import org.springframework.stereotype.Component;

/**
 * Task_FileAdvice: the advice goes on record with its request, and among the operation's
 * consultations (the Commission was consulted); a late-advice escalation still open is closed.
 */
@Component
public class PbcAdviceFilingDelegate implements JavaDelegate {

    static final String COUNTERPART = "PEACEBUILDING_COMMISSION";

    private final PbcAdviceRecords records;
    private final AssessmentRecords consultations;
    private final Escalations escalations;
    private final TransitionRegistry registry;

    public PbcAdviceFilingDelegate(
            PbcAdviceRecords records,
            AssessmentRecords consultations,
            Escalations escalations,
            TransitionRegistry registry) {
        this.records = records;
        this.consultations = consultations;
        this.escalations = escalations;
        this.registry = registry;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String operation = execution.getProcessBusinessKey();
        String recordedBy = (String) execution.getVariable(ADVICE_RECORDED_BY);
        var receivedOn = FormValues.date(execution, ADVICE_RECEIVED_ON);
        records.received(
                execution.getProcessInstanceId(),
                receivedOn,
                FormValues.text(execution, ADVICE_SUMMARY),
                FormValues.text(execution, ADVICE_LINK),
                (String) execution.getVariable(ADVICE_CHANNEL),
                recordedBy);
        consultations.recordConsultation(
                operation,
                new AssessmentRecords.Consultation(
                        COUNTERPART,
                        receivedOn,
                        "Advice on " + PbcAdvice.subject((String) execution.getVariable(ADVICE_INFORMS)),
                        FormValues.text(execution, ADVICE_SUMMARY),
                        FormValues.text(execution, ADVICE_LINK),
                        null,
                        null,
                        null,
                        null,
                        registry.find(operation).map(t -> t.stage().name()).orElse(null),
                        recordedBy));
        escalations.close(
                operation, LATE_ESCALATION, execution.getProcessInstanceId(), recordedBy, "the advice is in", (String)
                        execution.getVariable(ADVICE_CHANNEL));
    }
}
