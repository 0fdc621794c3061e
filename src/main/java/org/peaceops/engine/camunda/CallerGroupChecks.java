package org.peaceops.engine.camunda;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;

/**
 * Authorization checks with every group of the caller. Before its first check in a command, the
 * engine reads which groups hold any grant at all ({@code SELECT distinct(GROUP_ID_)} over the whole
 * grant table) to leave the others out of the check: a full scan per command, which grows with every
 * open task's grant and every operation's, for a list that only shortens an {@code IN}. A group
 * without grants matches no row of that {@code IN}, so the checks answer the same with all of them;
 * and nothing is remembered between commands, so a grant given on another node counts at once.
 */
final class CallerGroupChecks implements SessionFactory {

    @Override
    public Class<?> getSessionType() {
        return AuthorizationManager.class;
    }

    @Override
    public AuthorizationManager openSession() {
        return new Manager();
    }

    /** The engine's authorization manager, without the scan. */
    static final class Manager extends AuthorizationManager {

        @Override
        public List<String> filterAuthenticatedGroupIds(List<String> authenticatedGroupIds) {
            // a list the engine may hand to MyBatis, which asks its size: never Collections.emptyList
            return authenticatedGroupIds == null ? new ArrayList<>() : new ArrayList<>(authenticatedGroupIds);
        }
    }
}
