package org.peaceops.engine.web;

import jakarta.servlet.FilterConfig;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationProvider;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;

/**
 * The engine REST API's own HTTP Basic filter (its answers, its anonymous list of engines), with the
 * sign-in taken from {@link BasicAuthentications}: the caller's groups and tenants come with it, so
 * that the filter looks nothing up again.
 */
class EngineRestAuthentication extends ProcessEngineAuthenticationFilter {

    private final BasicAuthentications authentications;

    EngineRestAuthentication(BasicAuthentications authentications) {
        this.authentications = authentications;
    }

    @Override
    public void init(FilterConfig filterConfig) {
        authenticationProvider = new RememberedBasic(authentications);
        servletPathPrefix = filterConfig.getInitParameter(SERVLET_PATH_PREFIX);
    }

    private record RememberedBasic(BasicAuthentications authentications) implements AuthenticationProvider {

        @Override
        public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request, ProcessEngine engine) {
            var credentials = BasicAuthentications.Credentials.of(request.getHeader("Authorization"));
            var caller = credentials == null ? null : authentications.authenticate(credentials);
            if (caller == null) {
                return AuthenticationResult.unsuccessful();
            }
            var result = AuthenticationResult.successful(caller.userId());
            result.setGroups(caller.groupIds());
            result.setTenants(caller.tenantIds());
            return result;
        }

        @Override
        public void augmentResponseByAuthenticationChallenge(HttpServletResponse response, ProcessEngine engine) {
            response.setHeader("WWW-Authenticate", "Basic realm=\"" + engine.getName() + "\"");
        }
    }
}
