package org.peaceops.engine.platform;

import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/** The /api error format: {@code {"errors": [{"path": ..., "message": ...}]}}, never a stack trace. */
@RestControllerAdvice(basePackages = "org.peaceops.engine")
class ApiErrors {

    @ExceptionHandler(InputRejectedException.class)
    ResponseEntity<Map<String, List<FieldError>>> rejected(InputRejectedException e) {
        return ResponseEntity.status(e.status()).body(Map.of("errors", e.errors()));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<Map<String, List<FieldError>>> unreadable(HttpMessageNotReadableException e) {
        return body(HttpStatus.BAD_REQUEST, "", "the request body is not valid JSON of the expected shape");
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<Map<String, List<FieldError>>> mismatch(MethodArgumentTypeMismatchException e) {
        return body(HttpStatus.BAD_REQUEST, e.getName(), "'" + e.getValue() + "' is not a valid value");
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<Map<String, List<FieldError>>> missing(MissingServletRequestParameterException e) {
        return body(HttpStatus.BAD_REQUEST, e.getParameterName(), "is required");
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<Map<String, List<FieldError>>> mediaType(HttpMediaTypeNotSupportedException e) {
        return body(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "", "content type " + e.getContentType() + " is not accepted");
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<Map<String, List<FieldError>>> method(HttpRequestMethodNotSupportedException e) {
        return body(HttpStatus.METHOD_NOT_ALLOWED, "", "method " + e.getMethod() + " is not allowed here");
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ResponseEntity<Map<String, List<FieldError>>> notFound(NoResourceFoundException e) {
        return body(HttpStatus.NOT_FOUND, "", "no such resource");
    }

    private static ResponseEntity<Map<String, List<FieldError>>> body(HttpStatus status, String path, String message) {
        return ResponseEntity.status(status).body(Map.of("errors", List.of(new FieldError(path, message))));
    }
}
