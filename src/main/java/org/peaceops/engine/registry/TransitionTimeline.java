package org.peaceops.engine.registry;

import java.time.LocalDate;
import org.peaceops.engine.shared.Stage;

/**
 * When an operation's transition started, completed or was terminated, its stage today, and its
 * lifecycle's process instance (none for a transition imported as completed).
 */
public record TransitionTimeline(
        String operationCode,
        String operationName,
        LocalDate startedOn,
        LocalDate completedOn,
        LocalDate terminatedOn,
        Stage stage,
        String processInstanceId) {}
