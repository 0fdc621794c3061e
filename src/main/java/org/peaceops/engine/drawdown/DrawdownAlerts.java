package org.peaceops.engine.drawdown;

import static org.peaceops.engine.drawdown.DrawdownAlert.*;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.peaceops.engine.camunda.LifecycleTimers;
import org.peaceops.engine.camunda.TaskTexts;
import org.peaceops.engine.escalation.Escalations;
import org.peaceops.engine.lifecycle.TransitionLifecycle;
import org.peaceops.engine.registry.TransitionRecord;
import org.peaceops.engine.shared.Deadlines;
import org.springframework.stereotype.Component;

/**
 * The drawdown's schedule, checked by the lifecycle every day: a site still open after its planned
 * closure (its own date, else its phase's end), and a phase still running more than the configured
 * margin after its end, each raise one escalation, with a task for the groups that can answer it.
 */
@Component("drawdownAlerts")
public class DrawdownAlerts {

    private final DrawdownDeadlines deadlines;
    private final PhaseRecords records;
    private final SiteRecords sites;
    private final Escalations escalations;
    private final DrawdownProperties properties;
    private final LifecycleTimers timers;
    private final Clock clock;
    private final TaskTexts texts;

    public DrawdownAlerts(
            DrawdownDeadlines deadlines,
            PhaseRecords records,
            SiteRecords sites,
            Escalations escalations,
            DrawdownProperties properties,
            LifecycleTimers timers,
            Clock clock,
            TaskTexts texts) {
        this.deadlines = deadlines;
        this.records = records;
        this.sites = sites;
        this.escalations = escalations;
        this.properties = properties;
        this.timers = timers;
        this.clock = clock;
        this.texts = texts;
    }

    /** The timer's cycle: R/P1D by default, starting now. */
    public String cycle() {
        return "R/" + properties.alertCheck();
    }

    /** The sites past their planned closure and still open, not escalated yet. */
    public List<Long> overdueSites(String operationCode) {
        LocalDate today = LocalDate.now(clock);
        Set<String> escalated = escalated(operationCode, SITE_OVERDUE);
        return deadlines.openSiteClosures(operationCode).stream()
                .filter(site -> site.due() != null && site.due().isBefore(today))
                .map(DrawdownDeadlines.Due::id)
                .filter(id -> !escalated.contains(SITE_SUBJECT + id))
                .toList();
    }

    /** The phases running more than the margin past their end, not escalated yet. */
    public List<Long> overrunningPhases(String operationCode) {
        LocalDate lastOnTime = LocalDate.now(clock).minusDays(properties.overrunMarginDays());
        Set<String> escalated = escalated(operationCode, PHASE_OVERRUN);
        return deadlines.runningPhaseEnds(operationCode).stream()
                .filter(phase -> phase.due() != null && phase.due().isBefore(lastOnTime))
                .map(DrawdownDeadlines.Due::id)
                .filter(id -> !escalated.contains(PHASE_SUBJECT + id))
                .toList();
    }

    /** The subjects of this kind already escalated and not yet answered, read once per check. */
    private Set<String> escalated(String operationCode, String kind) {
        return escalations.open(operationCode).stream()
                .filter(open -> open.kind().equals(kind))
                .map(Escalations.Escalation::subject)
                .collect(Collectors.toSet());
    }

    /** Task_ResolveOverdueSite, created: named after the site, with its escalation. */
    public void siteOverdue(DelegateTask task) {
        var site = sites.site((Long) task.getVariable(OVERDUE_SITE_ID));
        var phase = deadlines.siteClosure(site.id());
        String phaseLabel = records.phase(phase.id()).label();
        texts.describe(task, site.name(), phaseLabel);
        task.setVariableLocal(DrawdownPhase.SITE_NAME, site.name());
        task.setVariableLocal(DrawdownPhase.PHASE_NAME, phaseLabel);
        task.setVariableLocal(PLANNED_CLOSURE, phase.due().toString());
        escalations.openFor(
                task,
                SITE_OVERDUE,
                SITE_SUBJECT + site.id(),
                site.name() + " (" + phaseLabel + ") is still open " + ChronoUnit.DAYS.between(phase.due(), today())
                        + " days after its planned closure on " + phase.due());
    }

    /** Task_ResolveOverrunningPhase, created: named after the phase, with its escalation. */
    public void phaseOverrunning(DelegateTask task) {
        var phase = records.phase((Long) task.getVariable(OVERRUNNING_PHASE_ID));
        LocalDate end = deadlines.phaseEnd(phase.id());
        texts.describe(task, phase.label());
        task.setVariableLocal(DrawdownPhase.PHASE_NAME, phase.label());
        task.setVariableLocal(PLANNED_END, end.toString());
        escalations.openFor(
                task,
                PHASE_OVERRUN,
                PHASE_SUBJECT + phase.id(),
                "Drawdown " + phase.label() + " is " + phase.status() + " " + ChronoUnit.DAYS.between(end, today())
                        + " days after its planned end on " + end + " (margin: " + properties.overrunMarginDays()
                        + " days)");
    }

    /** The escalations' due date. */
    public Date due() {
        return Deadlines.startOfDay(today().plusDays(properties.escalationDueDays()));
    }

    /** Brings the lifecycle's next check forward to now (the demo's imported operations). */
    public boolean bringForward(TransitionRecord transition) {
        return timers.move(
                transition.processInstanceId(),
                TransitionLifecycle.START_DRAWDOWN_CHECK_DUE,
                Date.from(clock.instant()));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
