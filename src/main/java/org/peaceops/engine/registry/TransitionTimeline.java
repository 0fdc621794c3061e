package org.peaceops.engine.registry;

import java.time.LocalDate;
import org.peaceops.engine.shared.Stage;

/** When an operation's transition started, completed or was terminated, and its stage today. */
public record TransitionTimeline(
        String operationCode,
        String operationName,
        LocalDate startedOn,
        LocalDate completedOn,
        LocalDate terminatedOn,
        Stage stage) {}
