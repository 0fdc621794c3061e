package org.peaceops.engine.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authentication for the project's own /api: HTTP Basic against the engine's users, or the session
 * of someone signed in to the Camunda webapps (so the webapps' users need no second login). The
 * caller's groups and tenants become the engine's current authentication for the request, so that
 * everything the API reads is filtered by the caller's authorizations. Otherwise 401: with the error
 * envelope under /api, without a body for the engine REST API's list of engines.
 */
public class ApiAuthenticationFilter extends OncePerRequestFilter {

    private final IdentityService identityService;
    private final String engineName;
    private final String signInPage;

    /** For the API: a caller without credentials gets a 401. */
    public ApiAuthenticationFilter(IdentityService identityService, String engineName) {
        this(identityService, engineName, null);
    }

    /** For the project's pages: a browser without a session goes to the webapps' sign-in. */
    public ApiAuthenticationFilter(IdentityService identityService, String engineName, String signInPage) {
        this.identityService = identityService;
        this.engineName = engineName;
        this.signInPage = signInPage;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String userId = basicUser(request);
        if (userId == null) {
            userId = webappUser(request);
        }
        if (userId == null && signInPage != null) {
            response.sendRedirect(signInPage);
            return;
        }
        if (userId == null) {
            response.setHeader("WWW-Authenticate", "Basic realm=\"transition-engine\"");
            if (isApi(request)) {
                ErrorEnvelope.write(response, HttpServletResponse.SC_UNAUTHORIZED, "", ErrorEnvelope.message(401, ""));
            } else {
                // the engine's list of engines answers like the rest of /engine-rest: no body
                response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            }
            return;
        }
        identityService.setAuthentication(userId, groupsOf(userId), tenantsOf(userId));
        try {
            chain.doFilter(request, response);
        } finally {
            identityService.clearAuthentication();
        }
    }

    private static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    private String basicUser(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return null;
        }
        int colon = decoded.indexOf(':');
        if (colon <= 0) {
            return null;
        }
        String user = decoded.substring(0, colon);
        return identityService.checkPassword(user, decoded.substring(colon + 1)) ? user : null;
    }

    private String webappUser(HttpServletRequest request) {
        var session = request.getSession(false);
        if (session == null) {
            return null;
        }
        var authentication =
                AuthenticationUtil.getAuthsFromSession(session).getAuthenticationForProcessEngine(engineName);
        return authentication == null ? null : authentication.getIdentityId();
    }

    private List<String> groupsOf(String userId) {
        return identityService.createGroupQuery().groupMember(userId).list().stream()
                .map(Group::getId)
                .toList();
    }

    private List<String> tenantsOf(String userId) {
        return identityService.createTenantQuery().userMember(userId).includingGroupsOfUser(true).list().stream()
                .map(Tenant::getId)
                .toList();
    }
}
