package org.peaceops.engine.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * After authentication, for what shows the work of every group at once: /actuator/prometheus (the
 * metrics name every operation and its workload) and the transition dashboard under /api/dashboard
 * (every group's overdue tasks). Only the groups that read the engine-wide figures in Cockpit
 * ({@code transition.security.engine-readers}) get them; a Prometheus server scrapes as a user of such
 * a group. The API answers its refusals in its envelope.
 */
class EngineReaderGuard extends OncePerRequestFilter {

    private final Callers callers;
    private final SecurityProperties security;

    EngineReaderGuard(Callers callers, SecurityProperties security) {
        this.callers = callers;
        this.security = security;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var caller = callers.of(request);
        if (caller == null || !caller.inAnyGroup(security.engineReaders())) {
            int status = caller == null ? HttpServletResponse.SC_UNAUTHORIZED : HttpServletResponse.SC_FORBIDDEN;
            if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
                ErrorEnvelope.write(
                        response,
                        status,
                        "",
                        status == HttpServletResponse.SC_FORBIDDEN
                                ? "the dashboard is for transition managers and administrators"
                                : ErrorEnvelope.message(status, request.getMethod()));
            } else {
                response.setStatus(status);
            }
            return;
        }
        chain.doFilter(request, response);
    }
}
