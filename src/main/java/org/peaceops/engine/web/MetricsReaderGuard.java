package org.peaceops.engine.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * /actuator/prometheus after authentication: only the groups that read the engine-wide figures in
 * Cockpit ({@code transition.security.engine-readers}) read the metrics, which name every operation
 * and its workload. A Prometheus server scrapes as a user of such a group.
 */
class MetricsReaderGuard extends OncePerRequestFilter {

    private final Callers callers;
    private final SecurityProperties security;

    MetricsReaderGuard(Callers callers, SecurityProperties security) {
        this.callers = callers;
        this.security = security;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var caller = callers.of(request);
        if (caller == null || !caller.inAnyGroup(security.engineReaders())) {
            response.setStatus(caller == null ? HttpServletResponse.SC_UNAUTHORIZED : HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        chain.doFilter(request, response);
    }
}
