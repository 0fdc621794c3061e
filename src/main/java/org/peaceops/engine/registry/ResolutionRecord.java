package org.peaceops.engine.registry;

import java.time.LocalDate;

/** A recorded Council resolution and, where it decided the transition's course, the decision. */
public record ResolutionRecord(
        String symbol, LocalDate adoptedOn, String summary, String decision, String source, String recordedBy) {}
