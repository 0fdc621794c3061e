package org.peaceops.engine.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.peaceops.engine.camunda.EngineAuthentications;

/**
 * Who is calling the engine's REST API: the engine's authentication for /engine-rest (set by its
 * HTTP Basic filter), or the signed-in webapp session for the webapps' own engine API, whose
 * authentication filter may run after ours.
 */
final class Callers {

    private final EngineAuthentications authentications;
    private final String engineName;

    Callers(IdentityService identityService, String engineName) {
        this.authentications = new EngineAuthentications(identityService);
        this.engineName = engineName;
    }

    /** A signed-in user with the groups and tenants the engine knows. */
    record Caller(String userId, List<String> groupIds, List<String> tenantIds) {
        boolean inAnyGroup(List<String> groups) {
            return groupIds.stream().anyMatch(groups::contains);
        }
    }

    /** The caller, or null for an anonymous request (which the authentication filters refuse). */
    Caller of(HttpServletRequest request) {
        var current = authentications.current();
        if (current.isPresent()) {
            var user = current.get();
            return new Caller(user.userId(), user.groupIds(), user.tenantIds());
        }
        var session = request.getSession(false);
        if (session == null) {
            return null;
        }
        var signedIn = AuthenticationUtil.getAuthsFromSession(session).getAuthenticationForProcessEngine(engineName);
        if (!(signedIn instanceof UserAuthentication user)) {
            return null;
        }
        return new Caller(user.getIdentityId(), listOf(user.getGroupIds()), listOf(user.getTenantIds()));
    }

    /** Runs a look-up as the caller, so that it sees only what the caller may see. */
    <T> T as(Caller caller, Supplier<T> lookup) {
        return authentications.as(
                new EngineAuthentications.Current(caller.userId(), caller.groupIds(), caller.tenantIds()), lookup);
    }

    /** Runs a look-up of the models themselves, which is not an act on the caller's behalf. */
    <T> T unrestricted(Supplier<T> lookup) {
        return authentications.unrestricted(lookup);
    }

    private static List<String> listOf(java.util.Collection<String> ids) {
        return EngineAuthentications.listOf(ids);
    }
}
