package org.peaceops.engine.registry;

import java.time.LocalDate;

/**
 * The transition's dates beyond its stage: the mandate's end, the withdrawal's deadline, the host's
 * withdrawal of consent with its letter, and the day the withdrawal completed.
 */
public record TransitionDates(
        LocalDate mandateEnd,
        LocalDate withdrawalDeadline,
        LocalDate consentWithdrawnOn,
        String consentLetterLink,
        LocalDate completedOn) {}
