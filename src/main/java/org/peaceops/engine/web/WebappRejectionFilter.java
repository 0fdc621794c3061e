package org.peaceops.engine.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.peaceops.engine.shared.InputRejectedException;
import org.peaceops.engine.shared.RejectionCapture;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Tasklist works through the webapps' own engine API (/camunda/api/engine), whose exception mapping
 * we do not own: it answers a refused form, a lost race and another tenant's task with a 500 and the
 * engine's message. This filter answers them as /engine-rest does ({@link EngineErrorAnswers}), so
 * Tasklist shows a message that says what to fix or that someone else was first.
 */
final class WebappRejectionFilter extends OncePerRequestFilter {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if ("GET".equals(request.getMethod())) {
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
        EngineErrorAnswers.Answer answer = null;
        if (buffered.getStatus() >= 500) {
            answer = rejected != null
                    ? EngineErrorAnswers.forThrown(rejected)
                    : fromBody(buffered.getContentAsByteArray());
        }
        if (answer == null) {
            buffered.copyBodyToResponse();
            return;
        }
        buffered.resetBuffer();
        EngineErrorAnswers.write(response, answer);
    }

    private static EngineErrorAnswers.Answer fromBody(byte[] body) {
        try {
            JsonNode error = JSON.readTree(body);
            return error == null
                    ? null
                    : EngineErrorAnswers.forEngineError(
                            error.path("type").asText(""), error.path("message").asText(""));
        } catch (IOException notJson) {
            return null;
        }
    }
}
