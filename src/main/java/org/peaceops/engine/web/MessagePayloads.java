package org.peaceops.engine.web;

import java.util.Map;
import java.util.Set;
import org.peaceops.engine.camunda.CamundaForm;
import org.peaceops.engine.camunda.DeployedForms;
import org.peaceops.engine.drawdown.ConsentWithdrawals;
import org.peaceops.engine.lifecycle.TransitionLifecycle;
import org.peaceops.engine.pbc.PbcConsultation;
import org.springframework.stereotype.Component;

/**
 * The values each message that people send may carry: those of the form of the task that the message
 * stands in for, or, for the host's withdrawal of consent (which no form asks for whole), its three
 * values. A message not listed here carries none.
 */
@Component
class MessagePayloads {

    private static final Map<String, String> FORMS = Map.of(
            TransitionLifecycle.MESSAGE_COUNCIL_DECISION, TransitionLifecycle.FORM_COUNCIL_DECISION,
            TransitionLifecycle.MESSAGE_MANDATE_DECISION, TransitionLifecycle.FORM_MANDATE_DECISION,
            PbcConsultation.MESSAGE_ADVICE_RECEIVED, PbcConsultation.FORM_RECORD_ADVICE);

    private static final Map<String, Set<String>> NAMED = Map.of(
            TransitionLifecycle.MESSAGE_HOST_CONSENT_WITHDRAWN,
            Set.of(
                    ConsentWithdrawals.CONSENT_WITHDRAWN_ON,
                    ConsentWithdrawals.HARD_DEADLINE,
                    ConsentWithdrawals.CONSENT_LETTER_LINK));

    private final DeployedForms forms;

    MessagePayloads(DeployedForms forms) {
        this.forms = forms;
    }

    AllowedFields of(String messageName) {
        String formId = FORMS.get(messageName);
        if (formId != null) {
            CamundaForm form = forms.latest(formId);
            if (form != null) {
                return new AllowedFields("this message", AllowedFields.of(form).fields());
            }
        }
        return AllowedFields.named("this message", NAMED.getOrDefault(messageName, Set.of()));
    }
}
