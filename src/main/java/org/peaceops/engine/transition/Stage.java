package org.peaceops.engine.transition;

/** Where a transition stands (CONTRACTS: lifecycle and stages). */
public enum Stage {
    ASSESSMENT,
    PLANNING,
    DRAWDOWN,
    CLOSURE,
    POST_TRANSITION,
    COMPLETED
}
