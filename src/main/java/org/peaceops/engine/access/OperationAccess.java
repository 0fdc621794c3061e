package org.peaceops.engine.access;

import java.util.List;
import org.camunda.bpm.engine.authorization.Groups;
import org.peaceops.engine.registry.TransitionRecord;
import org.peaceops.engine.registry.TransitionRegistry;
import org.peaceops.engine.shared.InputRejectedException;
import org.springframework.stereotype.Component;

/**
 * Whether the caller may see an operation: administrators, and members of its tenant. Any other
 * caller gets the same 404 as for an operation that does not exist.
 */
@Component
public class OperationAccess {

    private final CurrentUser currentUser;
    private final TransitionRegistry registry;

    public OperationAccess(CurrentUser currentUser, TransitionRegistry registry) {
        this.currentUser = currentUser;
        this.registry = registry;
    }

    public boolean visible(String operationCode) {
        return currentUser.groupIds().contains(Groups.CAMUNDA_ADMIN)
                || currentUser.tenantIds().contains(operationCode);
    }

    /** The codes of every operation the caller may see. */
    public List<String> visibleOperations() {
        return registry.all().stream()
                .map(TransitionRecord::operationCode)
                .filter(this::visible)
                .toList();
    }

    /** The operation's transition, or a 404 that says nothing about whether it exists. */
    public TransitionRecord require(String operationCode) {
        TransitionRecord transition =
                visible(operationCode) ? registry.find(operationCode).orElse(null) : null;
        if (transition == null) {
            throw InputRejectedException.notFound("code", "no operation " + operationCode);
        }
        return transition;
    }
}
