package org.peaceops.engine.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.peaceops.engine.shared.FieldError;
import org.peaceops.engine.shared.InputRejectedException;
import org.peaceops.engine.shared.TextValues;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * The /api error format: {@code {"errors": [{"path": ..., "message": ...}]}}, never a stack trace.
 * Every answer sets its content type itself, so that an Accept header asking for something else
 * cannot turn an error into another error. A refusal is no error of the server: only the last
 * handler, for what nobody foresaw, logs.
 */
@RestControllerAdvice(basePackages = "org.peaceops.engine")
class ApiErrors {

    private static final Logger LOG = LoggerFactory.getLogger(ApiErrors.class);

    @ExceptionHandler(InputRejectedException.class)
    ResponseEntity<Map<String, List<FieldError>>> rejected(InputRejectedException e) {
        return body(HttpStatus.valueOf(e.status()), e.errors());
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<Map<String, List<FieldError>>> unreadable(HttpMessageNotReadableException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ApiRequestLimits.BodyTooLargeException tooLarge) {
                return body(HttpStatus.PAYLOAD_TOO_LARGE, "", tooLarge.getMessage());
            }
            if (t instanceof JsonProcessingException json) {
                return body(HttpStatus.BAD_REQUEST, List.of(JsonProblems.of(json)));
            }
        }
        return body(HttpStatus.BAD_REQUEST, "", "the request body is missing or not of the expected shape");
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<Map<String, List<FieldError>>> mismatch(MethodArgumentTypeMismatchException e) {
        return body(
                HttpStatus.BAD_REQUEST,
                e.getName(),
                "'" + TextValues.shortened(String.valueOf(e.getValue())) + "' is not a valid value");
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<Map<String, List<FieldError>>> missing(MissingServletRequestParameterException e) {
        return body(HttpStatus.BAD_REQUEST, e.getParameterName(), "is required");
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<Map<String, List<FieldError>>> mediaType(HttpMediaTypeNotSupportedException e) {
        String type = e.getContentType() == null
                ? "none"
                : TextValues.shortened(e.getContentType().toString());
        return body(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "", "content type " + type + " is not accepted here");
    }

    @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
    ResponseEntity<Map<String, List<FieldError>>> notAcceptable(HttpMediaTypeNotAcceptableException e) {
        return body(HttpStatus.NOT_ACCEPTABLE, "", ErrorEnvelope.message(406, ""));
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<Map<String, List<FieldError>>> method(HttpRequestMethodNotSupportedException e) {
        return ResponseEntity.status(HttpStatus.METHOD_NOT_ALLOWED)
                .headers(e.getHeaders())
                .contentType(MediaType.APPLICATION_JSON)
                .body(envelope(List.of(new FieldError("", ErrorEnvelope.message(405, e.getMethod())))));
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ResponseEntity<Map<String, List<FieldError>>> notFound(NoResourceFoundException e) {
        return body(HttpStatus.NOT_FOUND, "", ErrorEnvelope.message(404, ""));
    }

    /**
     * Two requests racing for the same thing (the same code stored twice, the same row changed twice):
     * the database lets one through, the other is told of the conflict. What else gets here is a fault
     * of the server.
     */
    @ExceptionHandler(Exception.class)
    ResponseEntity<Map<String, List<FieldError>>> unforeseen(Exception e) {
        InputRejectedException rejected = InputRejectedException.findIn(e);
        if (rejected != null) {
            return rejected(rejected);
        }
        if (deniedByTheEngine(e)) {
            return body(HttpStatus.FORBIDDEN, "", ErrorEnvelope.message(403, ""));
        }
        if (LostRaces.isLostRace(e)) {
            return body(HttpStatus.CONFLICT, "", ErrorEnvelope.message(409, ""));
        }
        if (e instanceof ErrorResponse response && response.getStatusCode().is4xxClientError()) {
            int status = response.getStatusCode().value();
            return ResponseEntity.status(status)
                    .headers(response.getHeaders())
                    .contentType(MediaType.APPLICATION_JSON)
                    .body(envelope(List.of(new FieldError("", ErrorEnvelope.message(status, "")))));
        }
        LOG.error("Unexpected failure of an /api request", e);
        return body(HttpStatus.INTERNAL_SERVER_ERROR, "", ErrorEnvelope.message(500, ""));
    }

    /** The engine's authorization check said no: the caller may not, which is no fault of the server. */
    private static boolean deniedByTheEngine(Throwable thrown) {
        for (Throwable t = thrown; t != null && t != t.getCause(); t = t.getCause()) {
            if (t instanceof AuthorizationException) {
                return true;
            }
        }
        return false;
    }

    private static ResponseEntity<Map<String, List<FieldError>>> body(HttpStatus status, String path, String message) {
        return body(status, List.of(new FieldError(path, message)));
    }

    private static ResponseEntity<Map<String, List<FieldError>>> body(HttpStatus status, List<FieldError> errors) {
        return ResponseEntity.status(status)
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .contentType(MediaType.APPLICATION_JSON)
                .body(envelope(errors));
    }

    private static Map<String, List<FieldError>> envelope(List<FieldError> errors) {
        return Map.of("errors", errors);
    }
}
