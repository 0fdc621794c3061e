package org.peaceops.engine.drawdown;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.peaceops.engine.registry.HostConsent;
import org.peaceops.engine.shared.CalendarDates;
import org.peaceops.engine.shared.FieldError;
import org.peaceops.engine.shared.InputRejectedException;
import org.springframework.stereotype.Component;

/**
 * The host government withdraws its consent (resolution 2594; the lessons of Mali and Sudan): the
 * withdrawal gets a hard deadline, and every phase still to come runs accelerated. It comes as
 * Message_HostConsentWithdrawn, from HQ's decision on a paused phase, or with an imported transition
 * whose trigger is HOST_CONSENT_WITHDRAWN.
 */
@Component("consentWithdrawals")
public class ConsentWithdrawals {

    public static final String CONSENT_WITHDRAWN_ON = "consentWithdrawnOn";
    public static final String HARD_DEADLINE = "hardDeadline";
    public static final String CONSENT_LETTER_LINK = "consentLetterLink";

    private final HostConsent consent;
    private final Clock clock;

    public ConsentWithdrawals(HostConsent consent, Clock clock) {
        this.consent = consent;
        this.clock = clock;
    }

    /**
     * Message_HostConsentWithdrawn, received: held to the same rules as HQ's task (the day of the
     * letter, not in the future; the hard deadline, after it; the letter), refused whole otherwise.
     */
    public void fromMessage(DelegateExecution execution) {
        List<FieldError> errors = new ArrayList<>();
        LocalDate withdrawnOn = date(execution, CONSENT_WITHDRAWN_ON, errors);
        LocalDate deadline = date(execution, HARD_DEADLINE, errors);
        if (withdrawnOn != null && withdrawnOn.isAfter(LocalDate.now(clock))) {
            errors.add(new FieldError(CONSENT_WITHDRAWN_ON, "may not be in the future"));
        }
        if (withdrawnOn != null && deadline != null && !deadline.isAfter(withdrawnOn)) {
            errors.add(
                    new FieldError(HARD_DEADLINE, "must be after " + CONSENT_WITHDRAWN_ON + " (" + withdrawnOn + ")"));
        }
        Object link = execution.getVariable(CONSENT_LETTER_LINK);
        if (!(link instanceof String text) || !text.matches("^https?://\\S+$")) {
            errors.add(new FieldError(CONSENT_LETTER_LINK, "is required, as a link starting with https:// or http://"));
        }
        if (!errors.isEmpty()) {
            throw InputRejectedException.invalid(errors);
        }
        record(execution.getProcessBusinessKey(), withdrawnOn, deadline, (String) link);
    }

    public void record(String operationCode, LocalDate withdrawnOn, LocalDate deadline, String letterLink) {
        consent.recordWithdrawal(operationCode, withdrawnOn, deadline, letterLink);
    }

    /** Whether the operation's withdrawal is accelerated: its consent withdrawn, or its trigger. */
    public boolean accelerated(String operationCode) {
        return consent.acceleratedWithdrawal(operationCode);
    }

    private static LocalDate date(DelegateExecution execution, String name, List<FieldError> errors) {
        Object value = execution.getVariable(name);
        if (value == null || value.toString().isBlank()) {
            errors.add(new FieldError(name, "is required, as a date (YYYY-MM-DD)"));
            return null;
        }
        LocalDate date = CalendarDates.parse(value.toString()).orElse(null);
        if (date == null) {
            errors.add(new FieldError(name, "must be " + CalendarDates.EXPECTED + ", not '" + value + "'"));
        }
        return date;
    }
}
