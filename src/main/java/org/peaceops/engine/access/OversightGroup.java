package org.peaceops.engine.access;

/** Groups that work no tasks: they watch the operations, or change the models. */
public enum OversightGroup {
    /** Follow every operation in Cockpit; they see, they do not act. */
    TRANSITION_MANAGERS("transition-managers", "Transition managers"),
    /** Deploy and inspect process and decision models. */
    PROCESS_DESIGNERS("process-designers", "Process designers");

    private final String id;
    private final String displayName;

    OversightGroup(String id, String displayName) {
        this.id = id;
        this.displayName = displayName;
    }

    public String id() {
        return id;
    }

    public String displayName() {
        return displayName;
    }
}
