package org.peaceops.engine.shared;

/**
 * One problem with a request: {@code path} names the field (a variable name, a JSON Pointer into the
 * request body, or a query parameter), {@code message} says what is wrong with it.
 */
public record FieldError(String path, String message) {}
