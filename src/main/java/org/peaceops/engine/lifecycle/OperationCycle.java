package org.peaceops.engine.lifecycle;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.peaceops.engine.access.ActorGroup;
import org.peaceops.engine.access.CurrentUser;
import org.peaceops.engine.camunda.LifecycleTimers;
import org.peaceops.engine.registry.OperationPeriods;
import org.peaceops.engine.registry.TransitionRecord;
import org.peaceops.engine.shared.FieldError;
import org.peaceops.engine.shared.InputRejectedException;
import org.peaceops.engine.shared.TextValues;
import org.springframework.transaction.annotation.Transactional;

/**
 * Something the lifecycle does every period for an operation (the benchmark review, the report to
 * the Council): the operation's own period (kept by the registry, {@link OperationPeriods}), or the
 * configured default. The lifecycle's timer reads {@code cycle(execution)}; the engine evaluates it
 * again each time the timer is due, so a changed period holds from then on.
 */
public abstract class OperationCycle {

    static final Period SHORTEST = Period.ofWeeks(1);
    static final Period LONGEST = Period.ofYears(1);

    private final OperationPeriods periods;
    private final LifecycleTimers timers;
    private final Clock clock;
    private final OperationPeriods.Cycle kind;
    private final Period defaultPeriod;
    private final String timerActivityId;

    protected OperationCycle(
            OperationPeriods periods,
            LifecycleTimers timers,
            Clock clock,
            OperationPeriods.Cycle kind,
            Period defaultPeriod,
            String timerActivityId) {
        this.periods = periods;
        this.timers = timers;
        this.clock = clock;
        this.kind = kind;
        this.defaultPeriod = defaultPeriod;
        this.timerActivityId = timerActivityId;
    }

    /** An ISO-8601 repeating interval, starting now: R/P3M. */
    public String cycle(DelegateExecution execution) {
        return "R/" + period(execution.getProcessBusinessKey());
    }

    public Period period(String operationCode) {
        return periods.period(operationCode, kind).orElse(defaultPeriod);
    }

    /** Sets the operation's own period from a request body: {"period": "P1M"}. */
    public Period change(TransitionRecord transition, JsonNode body) {
        if (body == null || !body.isObject() || !body.path("period").isTextual()) {
            throw InputRejectedException.invalid(
                    "/period", "is required, as an ISO-8601 period such as " + defaultPeriod);
        }
        return change(transition, body.path("period").asText());
    }

    /**
     * Sets the operation's own period. The next review, if the lifecycle waits for one, moves to one
     * new period from now.
     */
    @Transactional
    public Period change(TransitionRecord transition, String text) {
        Period period = parse(text);
        periods.change(transition.operationCode(), kind, period);
        moveNext(
                transition,
                Date.from(clock.instant().atZone(clock.getZone()).plus(period).toInstant()));
        return period;
    }

    /**
     * Brings the next one forward to now (after a crisis, say): the job executor starts it at once,
     * and the one after follows a period later. False when no lifecycle waits for one.
     */
    public boolean bringForward(TransitionRecord transition) {
        return moveNext(transition, Date.from(clock.instant()));
    }

    private boolean moveNext(TransitionRecord transition, Date due) {
        return timers.move(transition.processInstanceId(), timerActivityId, due);
    }

    static Period parse(String text) {
        Period period;
        try {
            period = Period.parse(text == null ? "" : text.trim());
        } catch (DateTimeParseException e) {
            throw InputRejectedException.invalid(
                    "/period",
                    "'" + TextValues.shortened(String.valueOf(text))
                            + "' is not an ISO-8601 period such as P1M (monthly) or P3M (quarterly)");
        }
        if (shorter(period, SHORTEST) || shorter(LONGEST, period)) {
            throw InputRejectedException.invalid(
                    "/period", "the period must be between one week (P1W) and one year (P1Y), not " + period);
        }
        return period;
    }

    /** Periods compared by their length from a fixed day (P1M against P4W, say). */
    private static boolean shorter(Period a, Period b) {
        var day = LocalDate.of(2000, 1, 1);
        return day.plus(a).isBefore(day.plus(b));
    }

    /** Headquarters, the operation's mission leadership and administrators set an operation's periods. */
    public static void requireScheduler(CurrentUser user, String what) {
        var groups = user.groupIds();
        if (!groups.contains(Groups.CAMUNDA_ADMIN)
                && !groups.contains(ActorGroup.HQ_TASK_FORCE.id())
                && !groups.contains(ActorGroup.MISSION_LEADERSHIP.id())) {
            throw new InputRejectedException(
                    403,
                    List.of(new FieldError(
                            "", "only headquarters (hq-task-force) and mission leadership may " + what)));
        }
    }
}
