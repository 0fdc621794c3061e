package org.peaceops.engine.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authentication for the project's own /api: HTTP Basic against the engine's users ({@link
 * BasicAuthentications}), or the session of someone signed in to the Camunda webapps (so the webapps'
 * users need no second login; their groups and tenants are read from the engine, not from the
 * session, whose copy only the webapps' own filters refresh).
 * The caller's groups and tenants become the engine's current authentication for the request, so
 * that everything the API reads is filtered by the caller's authorizations. Otherwise 401: with the
 * error envelope under /api, without a body for the engine REST API's list of engines.
 */
public class ApiAuthenticationFilter extends OncePerRequestFilter {

    private final IdentityService identityService;
    private final BasicAuthentications authentications;
    private final String engineName;
    private final String signInPage;

    /** For the API: a caller without credentials gets a 401. */
    public ApiAuthenticationFilter(
            IdentityService identityService, BasicAuthentications authentications, String engineName) {
        this(identityService, authentications, engineName, null);
    }

    /** For the project's pages: a browser without a session goes to the webapps' sign-in. */
    public ApiAuthenticationFilter(
            IdentityService identityService,
            BasicAuthentications authentications,
            String engineName,
            String signInPage) {
        this.identityService = identityService;
        this.authentications = authentications;
        this.engineName = engineName;
        this.signInPage = signInPage;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        BasicAuthentications.Authenticated caller = basicCaller(request);
        if (caller == null) {
            caller = webappCaller(request);
        }
        if (caller == null && signInPage != null) {
            response.sendRedirect(signInPage);
            return;
        }
        if (caller == null) {
            response.setHeader("WWW-Authenticate", "Basic realm=\"transition-engine\"");
            if (isApi(request)) {
                ErrorEnvelope.write(response, HttpServletResponse.SC_UNAUTHORIZED, "", ErrorEnvelope.message(401, ""));
            } else {
                // the engine's list of engines answers like the rest of /engine-rest: no body
                response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            }
            return;
        }
        identityService.setAuthentication(caller.userId(), caller.groupIds(), caller.tenantIds());
        try {
            chain.doFilter(request, response);
        } finally {
            identityService.clearAuthentication();
        }
    }

    private static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    private BasicAuthentications.Authenticated basicCaller(HttpServletRequest request) {
        var credentials = BasicAuthentications.Credentials.of(request.getHeader("Authorization"));
        return credentials == null ? null : authentications.authenticate(credentials);
    }

    private BasicAuthentications.Authenticated webappCaller(HttpServletRequest request) {
        var session = request.getSession(false);
        if (session == null) {
            return null;
        }
        var signedIn = AuthenticationUtil.getAuthsFromSession(session).getAuthenticationForProcessEngine(engineName);
        if (!(signedIn instanceof UserAuthentication user)) {
            return null;
        }
        // the session proves who signed in; what they may do now is read from the engine
        return authentications.sessionUser(user.getIdentityId());
    }
}
