package org.peaceops.engine.shared;

/** Where a transition stands in its lifecycle, from the strategic assessment to COMPLETED. */
public enum Stage {
    ASSESSMENT,
    PLANNING,
    DRAWDOWN,
    CLOSURE,
    POST_TRANSITION,
    COMPLETED
}
