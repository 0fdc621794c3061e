package org.peaceops.engine.platform;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Tasklist submits forms through the webapps' own engine API (/camunda/api/engine), whose exception
 * mapping answers a refused form with a 500 and the engine's wrapped message. This filter answers
 * such a request as /engine-rest does: the refusal's status (400, 409) and a message that names the
 * field, which Tasklist shows to the user as it is.
 */
public class WebappRejectionFilter extends OncePerRequestFilter {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!"POST".equals(request.getMethod())) {
            chain.doFilter(request, response);
            return;
        }
        var buffered = new ContentCachingResponseWrapper(response);
        RejectionCapture.begin();
        InputRejectedException rejected;
        try {
            chain.doFilter(request, buffered);
        } finally {
            rejected = RejectionCapture.end();
        }
        if (rejected != null && buffered.getStatus() >= 500) {
            buffered.resetBuffer();
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("type", "InputRejectedException");
            body.put("message", rejected.getMessage());
            body.put("errors", rejected.errors());
            response.setStatus(rejected.status());
            response.setContentType("application/json");
            response.setCharacterEncoding("UTF-8");
            response.getOutputStream().write(JSON.writeValueAsBytes(body));
            return;
        }
        buffered.copyBodyToResponse();
    }
}
