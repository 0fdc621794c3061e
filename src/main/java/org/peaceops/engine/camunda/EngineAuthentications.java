package org.peaceops.engine.camunda;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;

/**
 * The engine's authentication of the thread: who it is, and work done as someone else or as no one,
 * with the authentication it replaced put back afterwards.
 */
public final class EngineAuthentications {

    /** The user the engine acts for, with the groups and tenants it knows. */
    public record Current(String userId, List<String> groupIds, List<String> tenantIds) {}

    private final IdentityService identityService;

    public EngineAuthentications(IdentityService identityService) {
        this.identityService = identityService;
    }

    public Optional<Current> current() {
        Authentication current = identityService.getCurrentAuthentication();
        return current == null
                ? Optional.empty()
                : Optional.of(new Current(
                        current.getUserId(), listOf(current.getGroupIds()), listOf(current.getTenantIds())));
    }

    /** Runs a look-up as the user, so that it sees only what the user may see. */
    public <T> T as(Current user, Supplier<T> work) {
        Authentication before = identityService.getCurrentAuthentication();
        identityService.setAuthentication(user.userId(), user.groupIds(), user.tenantIds());
        try {
            return work.get();
        } finally {
            restore(before);
        }
    }

    /** Runs a look-up that is not an act on anyone's behalf (the models themselves). */
    public <T> T unrestricted(Supplier<T> work) {
        Authentication before = identityService.getCurrentAuthentication();
        identityService.clearAuthentication();
        try {
            return work.get();
        } finally {
            restore(before);
        }
    }

    public static List<String> listOf(Collection<String> ids) {
        return ids == null ? List.of() : new ArrayList<>(ids);
    }

    private void restore(Authentication before) {
        if (before == null) {
            identityService.clearAuthentication();
        } else {
            identityService.setAuthentication(before);
        }
    }
}
