package org.peaceops.engine.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.peaceops.engine.shared.FieldError;

/**
 * The one error format of /api, {@code {"errors": [{"path": ..., "message": ...}]}}, written straight
 * to a response by the parts that answer before Spring MVC does (filters, the error page, Tomcat's
 * error valve). The content type is set here, whatever the caller's Accept header asked for: an error
 * is always JSON.
 */
public final class ErrorEnvelope {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ErrorEnvelope() {}

    public static byte[] bytes(List<FieldError> errors) {
        try {
            return JSON.writeValueAsBytes(Map.of("errors", errors));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an error envelope that Jackson cannot write", e);
        }
    }

    public static void write(HttpServletResponse response, int status, String path, String message) throws IOException {
        byte[] body = bytes(List.of(new FieldError(path, message)));
        response.setStatus(status);
        response.setContentType("application/json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
        response.flushBuffer();
    }

    /** What an error of this status says, when nothing more precise is known. */
    public static String message(int status, String method) {
        return switch (status) {
            case 400 -> "the request is malformed";
            case 401 -> "sign in first: HTTP Basic with your user id and password";
            case 403 -> "you may not do this";
            case 404 -> "no such resource";
            case 405 -> (method == null || method.isBlank() ? "this method" : "method " + method)
                    + " is not allowed here";
            case 406 -> "the answer can only be JSON (or the CSV or Markdown that the route names): change the Accept header";
            case 408 -> "the request took too long to arrive";
            case 409 -> "this conflicts with the current state; reload and try again";
            case 413 -> "the request body is too large";
            case 414 -> "the request URI is too long";
            case 415 -> "this content type is not accepted here";
            case 431 -> "the request headers are too large";
            default -> status >= 500 ? "something went wrong on the server" : "the request was refused";
        };
    }
}
