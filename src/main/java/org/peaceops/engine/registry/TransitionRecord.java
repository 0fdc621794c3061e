package org.peaceops.engine.registry;

import java.time.LocalDate;
import org.peaceops.engine.shared.Stage;

/** A transition row with its operation. */
public record TransitionRecord(
        String id,
        String operationCode,
        String operationName,
        String hostCountry,
        String trigger,
        LocalDate startedOn,
        Stage stage,
        LocalDate terminatedOn,
        String terminationReason,
        String processInstanceId) {}
