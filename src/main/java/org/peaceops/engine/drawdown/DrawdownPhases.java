package org.peaceops.engine.drawdown;

import static org.peaceops.engine.drawdown.DrawdownPhase.*;

import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.peaceops.engine.camunda.FormValues;
import org.peaceops.engine.camunda.TaskTexts;
import org.peaceops.engine.planning.PlanningRecords;
import org.peaceops.engine.registry.TransitionDates;
import org.peaceops.engine.registry.TransitionRegistry;
import org.peaceops.engine.shared.CalendarDates;
import org.peaceops.engine.shared.Deadlines;
import org.springframework.stereotype.Component;

/**
 * The drawdown phases of an operation as the lifecycle walks them, in sequence: every phase that is
 * neither completed nor cancelled, so that an imported operation resumes at its first open phase.
 * Also what the phase's tasks read: their names, due dates and prefilled values.
 */
@Component("drawdownPhases")
public class DrawdownPhases {

    /** The variable that holds the phases the drawdown walks, fixed when it starts walking them. */
    public static final String PHASE_IDS = "drawdownPhaseIds";

    /** How long the actors have for a phase's readiness inputs when its planned start is near or past. */
    static final int READINESS_DAYS = 14;

    /**
     * How long a phase's task has when nothing on record dates it (a phase without a planned end): a
     * task without a due date never shows as due or overdue, and nobody is reminded of it.
     */
    static final int UNDATED_DAYS = 30;

    private final PhaseRecords records;
    private final PlanningRecords planning;
    private final TransitionRegistry transitions;
    private final Clock clock;
    private final TaskTexts texts;

    public DrawdownPhases(
            PhaseRecords records,
            PlanningRecords planning,
            TransitionRegistry transitions,
            Clock clock,
            TaskTexts texts) {
        this.records = records;
        this.planning = planning;
        this.transitions = transitions;
        this.clock = clock;
        this.texts = texts;
    }

    /**
     * Fixes the phases to walk ("12,13"): a sequential multi-instance reads its collection again
     * before each instance, and the open phases shrink as each one ends.
     */
    public void fix(DelegateExecution execution) {
        execution.setVariable(PHASE_IDS, join(open(execution)));
    }

    static String join(List<Long> ids) {
        return String.join(",", ids.stream().map(String::valueOf).toList());
    }

    /** The collection of a multi-instance over fixed ids ("12,13"; "" for none). */
    public List<Long> ids(String fixed) {
        if (fixed == null || fixed.isBlank()) {
            return List.of();
        }
        return Arrays.stream(fixed.split(",")).map(Long::valueOf).toList();
    }

    /** Every phase neither completed nor cancelled, in order. */
    public List<Long> open(DelegateExecution execution) {
        return records.openPhases(execution.getProcessBusinessKey());
    }

    public boolean anyOpen(DelegateExecution execution) {
        return !open(execution).isEmpty();
    }

    /**
     * A phase's task, created: named and described after the phase ("Assess the security risk of
     * phase 5 (North Kivu)"), which the diagram cannot show as an expression.
     */
    public void describe(DelegateTask task) {
        texts.describe(task, records.phase((Long) task.getVariable(PHASE_ID)).label());
    }

    /**
     * When a phase's readiness inputs are due: by its planned start, or in two weeks when that is
     * near, past or unknown.
     */
    public Date readinessDue(long phaseId) {
        LocalDate soonest = LocalDate.now(clock).plusDays(READINESS_DAYS);
        LocalDate start = records.phase(phaseId).plannedStart();
        return Deadlines.startOfDay(start != null && start.isAfter(soonest) ? start : soonest);
    }

    /** The phase's planned end as the task's due date, or none. */
    public Date plannedEnd(long phaseId) {
        return Optional.ofNullable(records.phase(phaseId).plannedEnd())
                .map(Deadlines::startOfDay)
                .orElse(null);
    }

    /**
     * When the phase's site and end tasks are due: by the hard deadline of an accelerated withdrawal,
     * else by the phase's planned end, else in {@link #UNDATED_DAYS} days.
     */
    public Date dueBy(DelegateExecution execution) {
        if (Boolean.TRUE.equals(execution.getVariable(ACCELERATED))
                && execution.getVariable(ConsentWithdrawals.HARD_DEADLINE) instanceof String deadline) {
            return Deadlines.startOfDay(CalendarDates.stored(deadline));
        }
        return Optional.ofNullable(plannedEnd((Long) execution.getVariable(PHASE_ID)))
                .orElseGet(this::undated);
    }

    private Date undated() {
        return Deadlines.startOfDay(LocalDate.now(clock).plusDays(UNDATED_DAYS));
    }

    /** WITHDRAWN when the host's withdrawal of consent is on record, to prefill the phase's conditions. */
    public String consentOnRecord(DelegateExecution execution) {
        return dates(execution).consentWithdrawnOn() != null ? "WITHDRAWN" : null;
    }

    /** The withdrawal's deadline on record, to prefill HQ's decision on a paused phase. */
    public String deadlineOnRecord(DelegateExecution execution) {
        return Optional.ofNullable(dates(execution).withdrawalDeadline())
                .map(LocalDate::toString)
                .orElse(null);
    }

    /** The host's letter on record, to prefill HQ's decision on a paused phase. */
    public String letterOnRecord(DelegateExecution execution) {
        return dates(execution).consentLetterLink();
    }

    private TransitionDates dates(DelegateExecution execution) {
        return transitions.dates(execution.getProcessBusinessKey());
    }

    /** The national POC plan's status as last recorded, to prefill the phase's conditions. */
    public String pocPlanStatus(DelegateExecution execution) {
        return planning.nationalPocPlan(execution.getProcessBusinessKey())
                .map(PlanningRecords.NationalPocPlan::status)
                .orElse(null);
    }

    /**
     * UNCT funding as a percentage of the mission's programme budget, as last confirmed for a phase or
     * else as the planning stage's financing check found it; none when neither exists.
     */
    public Long fundingPercent(DelegateExecution execution) {
        String operation = execution.getProcessBusinessKey();
        return records.latestFundingPercent(operation)
                .or(() -> planning.latestFundingCoverage(operation).map(coverage -> coverage.movePointRight(2)))
                .map(percent -> percent.setScale(0, RoundingMode.HALF_UP).longValueExact())
                .orElse(null);
    }

    /** When a paused phase's readiness is reviewed again: the start of the day HQ chose (UTC). */
    public Date reviewAgainAt(DelegateExecution execution) {
        return Deadlines.startOfDay(FormValues.date(execution, REVIEW_AGAIN_ON));
    }

    /**
     * When the drawdown of a transition without phases on record is due to end: its withdrawal
     * deadline, else the end of its mandate, else in {@link #UNDATED_DAYS} days.
     */
    public Date withdrawalDeadline(DelegateExecution execution) {
        var dates = dates(execution);
        return Optional.ofNullable(dates.withdrawalDeadline())
                .or(() -> Optional.ofNullable(dates.mandateEnd()))
                .map(Deadlines::startOfDay)
                .orElseGet(this::undated);
    }

    /**
     * A drawdown without phases on record ended: it is recorded as its one phase, so that the
     * operation's phases say when its drawdown ended.
     */
    public void endedWithoutPhases(String operationCode, LocalDate endedOn, String summary) {
        records.addEndedDrawdown(operationCode, endedOn, summary);
    }
}
