package org.peaceops.engine.registry;

import java.time.LocalDate;

/** A transition as the start form registers it. */
public record NewTransition(
        String operationCode, String operationName, String hostCountry, String trigger, LocalDate startedOn) {}
