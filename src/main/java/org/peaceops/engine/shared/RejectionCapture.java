package org.peaceops.engine.shared;

/**
 * Remembers, for the request being served on this thread, the input the engine refused, so that a
 * web layer whose exception mapping we do not own (the Camunda webapps' engine API) can still answer
 * with the refusal instead of the engine's wrapped 500.
 */
public final class RejectionCapture {

    private static final ThreadLocal<InputRejectedException[]> CURRENT = new ThreadLocal<>();

    private RejectionCapture() {}

    public static void begin() {
        CURRENT.set(new InputRejectedException[1]);
    }

    static void record(InputRejectedException rejected) {
        InputRejectedException[] slot = CURRENT.get();
        if (slot != null && slot[0] == null) {
            slot[0] = rejected;
        }
    }

    public static InputRejectedException end() {
        InputRejectedException[] slot = CURRENT.get();
        CURRENT.remove();
        return slot == null ? null : slot[0];
    }
}
