package org.peaceops.engine.review;

import java.time.Clock;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.SetJobDuedateCmd;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.peaceops.engine.benchmark.BenchmarkProperties;
import org.peaceops.engine.platform.InputRejectedException;
import org.peaceops.engine.transition.TransitionLifecycle;
import org.peaceops.engine.transition.TransitionRecord;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * How often an operation's benchmarks are reviewed: its own period, or the configured default
 * (quarterly). The lifecycle's timer reads {@code ${benchmarkReviewSchedule.cycle(execution)}}; the
 * engine evaluates it again each time the timer is due, so a changed period holds from then on.
 */
@Component("benchmarkReviewSchedule")
public class ReviewSchedule {

    static final Period SHORTEST = Period.ofWeeks(1);
    static final Period LONGEST = Period.ofYears(1);

    private final JdbcClient jdbc;
    private final BenchmarkProperties properties;
    private final ProcessEngineConfigurationImpl engine;
    private final Clock clock;

    public ReviewSchedule(
            JdbcClient jdbc, BenchmarkProperties properties, ProcessEngineConfigurationImpl engine, Clock clock) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.engine = engine;
        this.clock = clock;
    }

    /** An ISO-8601 repeating interval, starting now: R/P3M. */
    public String cycle(DelegateExecution execution) {
        return "R/" + period(execution.getProcessBusinessKey());
    }

    public Period period(String operationCode) {
        return jdbc.sql("select review_period from operation where code = ?")
                .param(operationCode)
                .query((rs, n) -> Optional.ofNullable(rs.getString(1)))
                .optional()
                .flatMap(own -> own)
                .map(Period::parse)
                .orElse(properties.reviewPeriod());
    }

    /**
     * Sets the operation's own period. The next review, if the lifecycle waits for one, moves to one
     * new period from now.
     */
    @Transactional
    public Period change(TransitionRecord transition, String text) {
        Period period = parse(text);
        jdbc.sql("update operation set review_period = ? where code = ?")
                .params(period.toString(), transition.operationCode())
                .update();
        moveNextReview(
                transition,
                Date.from(clock.instant().atZone(clock.getZone()).plus(period).toInstant()));
        return period;
    }

    /**
     * Brings the next review forward to now (after a crisis, say): the job executor starts it at once,
     * and the one after follows a period later. False when no lifecycle waits for a review.
     */
    public boolean reviewNow(TransitionRecord transition) {
        return moveNextReview(transition, Date.from(clock.instant()));
    }

    /**
     * Moves the lifecycle's review timer. The caller has been held to the rules of the API (its
     * operation, its groups); moving the timer is the engine's own business, whoever asked.
     */
    private boolean moveNextReview(TransitionRecord transition, Date due) {
        if (transition.processInstanceId() == null) {
            return false;
        }
        return engine.getCommandExecutorTxRequired().execute(context -> {
            context.disableAuthorizationCheck();
            List<JobEntity> timers =
                    context.getJobManager().findJobsByProcessInstanceId(transition.processInstanceId()).stream()
                            .filter(job -> TransitionLifecycle.START_REVIEW_PERIOD_ELAPSED.equals(job.getActivityId()))
                            .toList();
            timers.forEach(job -> new SetJobDuedateCmd(job.getId(), due, false).execute(context));
            return !timers.isEmpty();
        });
    }

    static Period parse(String text) {
        Period period;
        try {
            period = Period.parse(text == null ? "" : text.trim());
        } catch (DateTimeParseException e) {
            throw InputRejectedException.invalid(
                    "/period", "'" + text + "' is not an ISO-8601 period such as P1M (monthly) or P3M (quarterly)");
        }
        if (shorter(period, SHORTEST) || shorter(LONGEST, period)) {
            throw InputRejectedException.invalid(
                    "/period", "the review period must be between one week (P1W) and one year (P1Y), not " + period);
        }
        return period;
    }

    /** Periods compared by their length from a fixed day (P1M against P4W, say). */
    private static boolean shorter(Period a, Period b) {
        var day = java.time.LocalDate.of(2000, 1, 1);
        return day.plus(a).isBefore(day.plus(b));
    }
}
