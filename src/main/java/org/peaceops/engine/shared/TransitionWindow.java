package org.peaceops.engine.shared;

import java.time.LocalDate;

/**
 * The 24-month rule, one everywhere: an operation that completed on C is within 24 months on day D when
 * {@code D.minusMonths(24) < C <= D}. It decides POST_TRANSITION against COMPLETED, and what the
 * transition status report includes.
 */
public final class TransitionWindow {

    private TransitionWindow() {}

    public static boolean within24Months(LocalDate completedOn, LocalDate day) {
        return day.minusMonths(24).isBefore(completedOn) && !completedOn.isAfter(day);
    }

    /** The stage of a transition that completed on {@code completedOn}, as of {@code today}. */
    public static Stage stageOfCompleted(LocalDate completedOn, LocalDate today) {
        if (completedOn.isAfter(today)) {
            return Stage.CLOSURE;
        }
        return within24Months(completedOn, today) ? Stage.POST_TRANSITION : Stage.COMPLETED;
    }
}
