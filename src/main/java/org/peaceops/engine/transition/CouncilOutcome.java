package org.peaceops.engine.transition;

/** What the Council decided after the strategic assessment. */
public enum CouncilOutcome {
    PROCEED,
    REVISE,
    TERMINATE
}
