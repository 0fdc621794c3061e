package org.peaceops.engine.registry;

import java.time.LocalDate;
import org.peaceops.engine.shared.WorkingLanguage;

/** A transition as the start form registers it. */
public record NewTransition(
        String operationCode,
        String operationName,
        String hostCountry,
        String trigger,
        LocalDate startedOn,
        WorkingLanguage workingLanguage) {}
