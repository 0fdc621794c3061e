package org.peaceops.engine.registry;

import java.time.LocalDate;
import org.peaceops.engine.shared.Stage;
import org.peaceops.engine.shared.WorkingLanguage;

/**
 * An operation and its transition as a portfolio records them: at whatever stage they stand, with
 * the dates already known, and no lifecycle yet.
 */
public record RecordedTransition(
        String operationCode,
        String operationName,
        String type,
        String hostCountry,
        String hostCountryName,
        WorkingLanguage workingLanguage,
        String trigger,
        LocalDate startedOn,
        Stage stage,
        LocalDate mandateEnd,
        LocalDate withdrawalDeadline,
        LocalDate completedOn,
        String successor) {}
