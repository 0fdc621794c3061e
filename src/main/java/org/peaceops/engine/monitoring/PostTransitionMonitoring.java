package org.peaceops.engine.monitoring;

import static org.peaceops.engine.monitoring.PostTransition.*;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.peaceops.engine.camunda.TaskTexts;
import org.peaceops.engine.shared.Deadlines;
import org.peaceops.engine.shared.TransitionWindow;
import org.springframework.stereotype.Component;

/**
 * The 24 months after a withdrawal: a check every quarter counted from {@code completedOn}, and the
 * end of the window by the one rule (within 24 months while {@code D.minusMonths(24) < C}).
 */
@Component("postTransition")
public class PostTransitionMonitoring {

    static final int WINDOW_MONTHS = 24;

    private final Withdrawals withdrawals;
    private final PostTransitionProperties properties;
    private final Clock clock;
    private final TaskTexts texts;

    public PostTransitionMonitoring(
            Withdrawals withdrawals, PostTransitionProperties properties, Clock clock, TaskTexts texts) {
        this.withdrawals = withdrawals;
        this.properties = properties;
        this.clock = clock;
        this.texts = texts;
    }

    /**
     * The next quarter after today, counted from the withdrawal; the end of the window when that comes
     * first (an imported transition catches up at once, without a check for every quarter it missed).
     */
    public Date nextCheck(DelegateExecution execution) {
        return Deadlines.startOfDay(nextCheck(withdrawals.completedOn(execution.getProcessBusinessKey())));
    }

    LocalDate nextCheck(LocalDate completedOn) {
        LocalDate today = LocalDate.now(clock);
        LocalDate windowEnd = completedOn.plusMonths(WINDOW_MONTHS);
        for (int quarter = 1; ; quarter++) {
            LocalDate check = completedOn.plusMonths((long) quarter * properties.checkMonths());
            if (!check.isBefore(windowEnd)) {
                return windowEnd;
            }
            if (check.isAfter(today)) {
                return check;
            }
        }
    }

    public boolean windowOver(DelegateExecution execution) {
        return !TransitionWindow.within24Months(
                withdrawals.completedOn(execution.getProcessBusinessKey()), LocalDate.now(clock));
    }

    /** The monitoring's tasks, created: which quarter, counted from which withdrawal. */
    public void describe(DelegateTask task) {
        LocalDate completedOn = withdrawals.completedOn(task.getExecution().getProcessBusinessKey());
        long months = java.time.temporal.ChronoUnit.MONTHS.between(completedOn, LocalDate.now(clock));
        int quarter = (int) Math.max(1, months / properties.checkMonths());
        task.setVariableLocal(COMPLETED_ON, completedOn.toString());
        task.setVariableLocal(CHECK_QUARTER, quarter);
        texts.describe(
                task,
                String.valueOf(quarter),
                String.valueOf(WINDOW_MONTHS / properties.checkMonths()),
                completedOn.toString());
    }
}
