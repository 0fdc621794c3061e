package org.peaceops.engine.registry;

import java.time.LocalDate;

/** A later decision of the Council on the mandate, from HQ's task or Message_MandateDecision. */
public record MandateDecision(
        String resolutionSymbol,
        LocalDate adoptedOn,
        String outcome,
        LocalDate mandateEndsOn,
        String notes,
        String source,
        String recordedBy) {}
