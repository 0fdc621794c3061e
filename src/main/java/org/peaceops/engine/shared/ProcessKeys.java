package org.peaceops.engine.shared;

/**
 * The keys of the deployed processes, in one place: access rules, filters and the processes' own
 * constants name them, and no capability has to know another's to grant or start it.
 */
public final class ProcessKeys {

    public static final String TRANSITION_LIFECYCLE = "transition-lifecycle";
    public static final String STRATEGIC_ASSESSMENT = "strategic-assessment";
    public static final String JOINT_TRANSITION_PLANNING = "joint-transition-planning";
    public static final String BENCHMARK_REVIEW = "benchmark-review";
    public static final String PBC_CONSULTATION = "pbc-consultation";
    public static final String COUNCIL_REPORTING = "council-reporting";
    public static final String DRAWDOWN_PHASE = "drawdown-phase";
    public static final String CLOSURE = "closure";
    public static final String POST_TRANSITION_MONITORING = "post-transition-monitoring";
    public static final String OPERATION_STAFFING = "operation-staffing";

    private ProcessKeys() {}
}
