package org.peaceops.engine.registry;

/** What the Council decided after the strategic assessment. */
public enum CouncilOutcome {
    PROCEED,
    REVISE,
    TERMINATE
}
