package org.peaceops.engine.registry;

import java.time.LocalDate;

/** The Council's decision on a transition, as recorded from the task or the message. */
public record CouncilDecision(
        String resolutionSymbol,
        LocalDate adoptedOn,
        CouncilOutcome outcome,
        String notes,
        String source,
        String recordedBy) {}
