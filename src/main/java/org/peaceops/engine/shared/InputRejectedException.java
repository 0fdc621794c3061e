package org.peaceops.engine.shared;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Input that the engine refuses, with every problem found. Thrown from listeners and services; the
 * REST layers turn it into a 4xx response, and the surrounding transaction rolls back, so nothing of
 * the request is kept.
 */
public class InputRejectedException extends RuntimeException {

    private final int status;
    private final transient List<FieldError> errors;

    public InputRejectedException(int status, List<FieldError> errors) {
        super(errors.stream().map(FieldError::message).collect(Collectors.joining("; ")));
        this.status = status;
        this.errors = List.copyOf(errors);
        RejectionCapture.record(this);
    }

    public static InputRejectedException invalid(List<FieldError> errors) {
        return new InputRejectedException(400, errors);
    }

    public static InputRejectedException invalid(String path, String message) {
        return invalid(List.of(new FieldError(path, message)));
    }

    public static InputRejectedException conflict(String path, String message) {
        return new InputRejectedException(409, List.of(new FieldError(path, message)));
    }

    public static InputRejectedException notFound(String path, String message) {
        return new InputRejectedException(404, List.of(new FieldError(path, message)));
    }

    public int status() {
        return status;
    }

    public List<FieldError> errors() {
        return errors;
    }

    /** The rejection behind an exception that the engine may have wrapped, if there is one. */
    public static InputRejectedException findIn(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t instanceof InputRejectedException rejected) {
                return rejected;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return null;
    }
}
