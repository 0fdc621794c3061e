package org.peaceops.engine.metrics;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.peaceops.engine.registry.TransitionRegistry;
import org.peaceops.engine.registry.TransitionTimeline;
import org.peaceops.engine.shared.TransitionWindow;
import org.springframework.stereotype.Component;

/**
 * What a scrape of /actuator/prometheus shows of the work: open incidents, and each operation's open
 * and overdue tasks ({@code transition_operation_tasks_open{operation="MONUSCO"}}). The counts are
 * read in the background ({@link OperationMetersRefresh}) and a scrape only reads the last counts: a scrape costs the database nothing, and it runs on its own thread,
 * outside any caller's authorizations, so every node reports the same engine-wide figures.
 * Operations count while their transition runs and during the 24 months after it.
 */
@Component
public class OperationMeters {

    private final TransitionRegistry registry;
    private final TaskService tasks;
    private final RuntimeService runtime;
    private final Clock clock;
    private final AtomicLong openIncidents = new AtomicLong();
    private final MultiGauge openTasks;
    private final MultiGauge overdueTasks;

    public OperationMeters(
            TransitionRegistry registry, TaskService tasks, RuntimeService runtime, Clock clock, MeterRegistry meters) {
        this.registry = registry;
        this.tasks = tasks;
        this.runtime = runtime;
        this.clock = clock;
        Gauge.builder("camunda.incidents.open", openIncidents, AtomicLong::get)
                .description("open incidents in the engine")
                .register(meters);
        openTasks = MultiGauge.builder("transition.operation.tasks.open")
                .description("open tasks of the operation")
                .register(meters);
        overdueTasks = MultiGauge.builder("transition.operation.tasks.overdue")
                .description("open tasks of the operation past their due date")
                .register(meters);
    }

    /** Reads the counts again; two count queries per operation at work, and one for incidents. */
    public void refresh() {
        openIncidents.set(runtime.createIncidentQuery().count());
        Date now = Date.from(clock.instant());
        List<MultiGauge.Row<?>> open = new ArrayList<>();
        List<MultiGauge.Row<?>> overdue = new ArrayList<>();
        for (String operation : operationsAtWork()) {
            Tags tags = Tags.of("operation", operation);
            open.add(MultiGauge.Row.of(
                    tags, tasks.createTaskQuery().tenantIdIn(operation).count()));
            overdue.add(MultiGauge.Row.of(
                    tags,
                    tasks.createTaskQuery().tenantIdIn(operation).dueBefore(now).count()));
        }
        // overwrite: an operation past its 24 months leaves the scrape
        openTasks.register(open, true);
        overdueTasks.register(overdue, true);
    }

    private List<String> operationsAtWork() {
        LocalDate today = LocalDate.now(clock);
        return registry.timelines().stream()
                .filter(t -> t.terminatedOn() == null)
                .filter(t -> t.completedOn() == null || TransitionWindow.within24Months(t.completedOn(), today))
                .map(TransitionTimeline::operationCode)
                .toList();
    }
}
