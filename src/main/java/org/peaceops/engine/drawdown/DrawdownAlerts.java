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
import org.peaceops.engine.escalation.Escalations;
import org.peaceops.engine.lifecycle.TransitionLifecycle;
import org.peaceops.engine.registry.TransitionRecord;
import org.peaceops.engine.shared.Deadlines;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The drawdown's schedule, checked by the lifecycle every day: a site still open after its planned
 * closure (its own date, else its phase's end), and a phase still running more than the configured
 * margin after its end, each raise one escalation, with a task for the groups that can answer it.
 */
@Component("drawdownAlerts")
public class DrawdownAlerts {

    /** When a site is due to close: its own planned closure, else its phase's revised or planned end. */
    static final String SITE_CLOSURE = "coalesce(s.planned_closure, p.revised_end, p.planned_end)";

    /** When a phase is due to end: its revised end once it overran, else its planned end. */
    static final String PHASE_END = "coalesce(p.revised_end, p.planned_end)";

    private final JdbcClient jdbc;
    private final PhaseRecords records;
    private final Escalations escalations;
    private final DrawdownProperties properties;
    private final LifecycleTimers timers;
    private final Clock clock;

    public DrawdownAlerts(
            JdbcClient jdbc,
            PhaseRecords records,
            Escalations escalations,
            DrawdownProperties properties,
            LifecycleTimers timers,
            Clock clock) {
        this.jdbc = jdbc;
        this.records = records;
        this.escalations = escalations;
        this.properties = properties;
        this.timers = timers;
        this.clock = clock;
    }

    /** The timer's cycle: R/P1D by default, starting now. */
    public String cycle() {
        return "R/" + properties.alertCheck();
    }

    /** The sites past their planned closure and still open, not escalated yet. */
    public List<Long> overdueSites(String operationCode) {
        LocalDate today = LocalDate.now(clock);
        Set<String> escalated = escalated(operationCode, SITE_OVERDUE);
        return jdbc
                .sql("select s.id, " + SITE_CLOSURE + " from site s join phase p on p.id = s.phase_id"
                        + " where p.operation_code = ? and s.status = 'OPEN' order by p.seq, s.id")
                .param(operationCode)
                .query((rs, n) -> new Due(rs.getLong(1), rs.getObject(2, LocalDate.class)))
                .list()
                .stream()
                .filter(site -> site.due() != null && site.due().isBefore(today))
                .map(Due::id)
                .filter(id -> !escalated.contains(SITE_SUBJECT + id))
                .toList();
    }

    /** The phases running more than the margin past their end, not escalated yet. */
    public List<Long> overrunningPhases(String operationCode) {
        LocalDate lastOnTime = LocalDate.now(clock).minusDays(properties.overrunMarginDays());
        Set<String> escalated = escalated(operationCode, PHASE_OVERRUN);
        return jdbc
                .sql("select p.id, " + PHASE_END + " from phase p"
                        + " where p.operation_code = ? and p.status in ('ONGOING', 'ON_HOLD') order by p.seq")
                .param(operationCode)
                .query((rs, n) -> new Due(rs.getLong(1), rs.getObject(2, LocalDate.class)))
                .list()
                .stream()
                .filter(phase -> phase.due() != null && phase.due().isBefore(lastOnTime))
                .map(Due::id)
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
        var site = records.site((Long) task.getVariable(OVERDUE_SITE_ID));
        var phase = jdbc.sql("select p.id, " + SITE_CLOSURE + " from site s join phase p on p.id = s.phase_id"
                        + " where s.id = ?")
                .param(site.id())
                .query((rs, n) -> new Due(rs.getLong(1), rs.getObject(2, LocalDate.class)))
                .single();
        String phaseLabel = records.phase(phase.id()).label();
        task.setName("Site past its planned closure: " + site.name() + " (" + site.operationCode() + ")");
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
        LocalDate end = jdbc.sql("select " + PHASE_END + " from phase p where p.id = ?")
                .param(phase.id())
                .query(LocalDate.class)
                .single();
        task.setName("Phase overrunning: " + phase.label());
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

    private record Due(long id, LocalDate due) {}
}
