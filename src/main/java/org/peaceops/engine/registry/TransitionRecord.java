package org.peaceops.engine.registry;

import java.time.LocalDate;
import org.peaceops.engine.shared.Stage;
import org.peaceops.engine.shared.WorkingLanguage;

/** A transition row with its operation. */
public record TransitionRecord(
        String id,
        String operationCode,
        String operationName,
        String hostCountry,
        WorkingLanguage workingLanguage,
        String trigger,
        LocalDate startedOn,
        Stage stage,
        LocalDate terminatedOn,
        String terminationReason,
        String processInstanceId) {}
