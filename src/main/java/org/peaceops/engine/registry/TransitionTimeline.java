package org.peaceops.engine.registry;

import java.time.LocalDate;
import org.peaceops.engine.shared.Stage;

/**
 * When an operation's transition started, completed or was terminated, its stage today, and the
 * process instance of its lifecycle (null when none was started).
 */
public record TransitionTimeline(
        String operationCode,
        String operationName,
        LocalDate startedOn,
        LocalDate completedOn,
        LocalDate terminatedOn,
        Stage stage,
        String lifecycleInstanceId) {}
