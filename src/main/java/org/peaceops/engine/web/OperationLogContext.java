package org.peaceops.engine.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Pattern;
import org.slf4j.MDC;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Puts the operation a request of /api concerns ({@code /api/operations/{code}/...}) in the log's MDC
 * as {@code operation}, the key the engine uses for the tenant of the process it works on, so that
 * every line of the request, the engine's included, can be found by operation.
 */
class OperationLogContext extends OncePerRequestFilter {

    static final String KEY = "operation";

    /** An operation code as the registry accepts it; anything else is not copied into the log. */
    private static final Pattern OPERATION_PATH =
            Pattern.compile("/api/operations/([A-Za-z0-9][A-Za-z0-9-]{0,63})(/.*)?");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var path = OPERATION_PATH.matcher(
                request.getRequestURI().substring(request.getContextPath().length()));
        if (!path.matches()) {
            chain.doFilter(request, response);
            return;
        }
        try (var ignored = MDC.putCloseable(KEY, path.group(1))) {
            chain.doFilter(request, response);
        }
    }
}
