package org.peaceops.engine.api;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.peaceops.engine.access.OperationAccess;
import org.peaceops.engine.access.OverdueTasks;
import org.peaceops.engine.api.Dashboard.*;
import org.peaceops.engine.benchmark.BenchmarkStatuses;
import org.peaceops.engine.drawdown.DrawdownReads;
import org.peaceops.engine.escalation.Escalations;
import org.peaceops.engine.registry.TransitionRegistry;
import org.peaceops.engine.registry.TransitionTimeline;
import org.peaceops.engine.reporting.TransitionStatusReport;
import org.peaceops.engine.review.ReviewRecords;
import org.peaceops.engine.shared.Stage;
import org.peaceops.engine.shared.TransitionWindow;
import org.springframework.stereotype.Service;

/**
 * The transition dashboard's reads, as of today and as far as the caller's tenants reach. Each kind
 * of data is read once for all the operations on it (docs/architecture.md, "Reads over many
 * operations"): the registry's timelines, the benchmarks with their values, the site counts, the open
 * escalations, the overdue tasks, the running lifecycles.
 */
@Service
class TransitionDashboard {

    /** How many of the latest reviews the trend of a benchmark's status shows. */
    static final int REVIEWS_SHOWN = 8;

    private static final Set<String> NUMERIC = Set.of("NUMBER", "PERCENT", "ORDINAL");

    private final OperationAccess access;
    private final TransitionRegistry registry;
    private final BenchmarkStatuses benchmarks;
    private final ReviewRecords reviews;
    private final DrawdownReads drawdown;
    private final Escalations escalations;
    private final OverdueTasks overdueTasks;
    private final RuntimeService runtime;
    private final Clock clock;

    TransitionDashboard(
            OperationAccess access,
            TransitionRegistry registry,
            BenchmarkStatuses benchmarks,
            ReviewRecords reviews,
            DrawdownReads drawdown,
            Escalations escalations,
            OverdueTasks overdueTasks,
            RuntimeService runtime,
            Clock clock) {
        this.access = access;
        this.registry = registry;
        this.benchmarks = benchmarks;
        this.reviews = reviews;
        this.drawdown = drawdown;
        this.escalations = escalations;
        this.overdueTasks = overdueTasks;
        this.runtime = runtime;
        this.clock = clock;
    }

    Portfolio portfolio() {
        LocalDate today = LocalDate.now(clock);
        Map<String, TransitionTimeline> shown = new LinkedHashMap<>();
        Map<String, String> status = new LinkedHashMap<>();
        for (TransitionTimeline transition : registry.timelines()) {
            var inWindow = TransitionStatusReport.status(transition, today);
            if (inWindow.isPresent() && access.visible(transition.operationCode())) {
                shown.put(transition.operationCode(), transition);
                status.put(transition.operationCode(), inWindow.get());
            }
        }
        Set<String> codes = shown.keySet();
        var rated = benchmarks.asOf(codes, today);
        var sites = drawdown.siteCounts(codes, today);
        var open = escalations.openAtEndOf(codes, today);
        var overdue = overdueTasks.countByOperation(codes);
        var running = running(shown.values());
        List<PortfolioOperation> operations = new ArrayList<>();
        for (TransitionTimeline transition : shown.values()) {
            String code = transition.operationCode();
            Map<String, Integer> counts = new LinkedHashMap<>();
            rated.getOrDefault(code, List.of()).forEach(b -> counts.merge(b.status(), 1, Integer::sum));
            operations.add(new PortfolioOperation(
                    code,
                    transition.operationName(),
                    status.get(code),
                    stageToday(transition, today),
                    transition.startedOn(),
                    transition.completedOn(),
                    lifecycle(transition, running),
                    counts,
                    sites.getOrDefault(code, new DrawdownReads.SiteCount(0, 0)),
                    open.getOrDefault(code, 0),
                    overdue.getOrDefault(code, 0)));
        }
        return new Portfolio(today, stageCounts(operations), operations);
    }

    OperationDashboard operation(String code) {
        access.require(code);
        LocalDate today = LocalDate.now(clock);
        TransitionTimeline transition = registry.timelines().stream()
                .filter(t -> t.operationCode().equals(code))
                .findFirst()
                .orElseThrow();
        var charted = benchmarks.withValues(List.of(code), today).getOrDefault(code, List.of());
        var trend = reviews.recentStatuses(code, REVIEWS_SHOWN);
        var open = escalations.open(code);
        var overdue = overdueTasks.byGroup(code);
        Set<String> groupIds = new HashSet<>(overdue.keySet());
        open.forEach(e -> groupIds.addAll(groups(e.candidateGroups())));
        Map<String, String> names = overdueTasks.groupNames(groupIds);
        return new OperationDashboard(
                code,
                transition.operationName(),
                TransitionStatusReport.status(transition, today).orElse(null),
                stageToday(transition, today),
                today,
                transition.startedOn(),
                transition.completedOn(),
                lifecycle(transition, running(List.of(transition))),
                charted.stream()
                        .map(b -> benchmark(b, trend.getOrDefault(b.rated().code(), List.of())))
                        .toList(),
                drawdown.schedules(List.of(code)).getOrDefault(code, List.of()),
                open.stream().map(e -> escalation(e, names, today)).toList(),
                overdue.entrySet().stream()
                        .map(group -> new GroupTasks(
                                group.getKey().equals(OverdueTasks.NO_GROUP) ? null : group.getKey(),
                                group.getKey().equals(OverdueTasks.NO_GROUP)
                                        ? "No group: held by a person"
                                        : names.getOrDefault(group.getKey(), group.getKey()),
                                group.getValue().size(),
                                group.getValue()))
                        .sorted((a, b) -> Integer.compare(b.count(), a.count()))
                        .toList());
    }

    private static BenchmarkChart benchmark(
            BenchmarkStatuses.ChartedBenchmark charted, List<ReviewRecords.ReviewedStatus> trend) {
        var rated = charted.rated();
        List<IndicatorChart> indicators = new ArrayList<>();
        for (int i = 0; i < rated.indicators().size(); i++) {
            var indicator = rated.indicators().get(i);
            boolean numeric = NUMERIC.contains(indicator.type());
            indicators.add(new IndicatorChart(
                    indicator.code(),
                    indicator.name(),
                    indicator.type(),
                    indicator.unit(),
                    indicator.direction(),
                    numeric ? number(indicator.baseline()) : null,
                    numeric ? number(indicator.target()) : null,
                    numeric ? null : indicator.target(),
                    indicator.targetDate(),
                    indicator.status(),
                    indicator.reason(),
                    charted.values().get(i).stream()
                            .map(v ->
                                    new Point(v.asOf(), numeric ? number(v.value()) : null, numeric ? null : v.value()))
                            .toList()));
        }
        return new BenchmarkChart(
                rated.code(),
                rated.title(),
                rated.minimumCondition(),
                rated.targetDate(),
                rated.status(),
                rated.reason(),
                rated.forecast(),
                trend,
                indicators);
    }

    private static OpenEscalation escalation(Escalations.Escalation open, Map<String, String> names, LocalDate today) {
        LocalDate openedOn = LocalDate.ofInstant(Instant.parse(open.openedAt()), ZoneOffset.UTC);
        return new OpenEscalation(
                open.kind(),
                open.reason(),
                groups(open.candidateGroups()).stream()
                        .map(id -> names.getOrDefault(id, id))
                        .toList(),
                openedOn,
                Math.max(0, ChronoUnit.DAYS.between(openedOn, today)),
                open.dueOn());
    }

    /** The ids of the lifecycles that still run, in one query. */
    private Set<String> running(Collection<TransitionTimeline> transitions) {
        Set<String> ids = transitions.stream()
                .map(TransitionTimeline::processInstanceId)
                .filter(Objects::nonNull)
                .collect(Collectors.toSet());
        if (ids.isEmpty()) {
            return Set.of();
        }
        return runtime.createProcessInstanceQuery().processInstanceIds(ids).list().stream()
                .map(ProcessInstance::getId)
                .collect(Collectors.toSet());
    }

    private static Lifecycle lifecycle(TransitionTimeline transition, Set<String> running) {
        String id = transition.processInstanceId();
        return id == null ? null : new Lifecycle(id, running.contains(id));
    }

    private static Stage stageToday(TransitionTimeline transition, LocalDate today) {
        return transition.completedOn() == null
                ? transition.stage()
                : TransitionWindow.stageOfCompleted(transition.completedOn(), today);
    }

    private static List<StageCount> stageCounts(List<PortfolioOperation> operations) {
        List<StageCount> counts = new ArrayList<>();
        for (Stage stage : Stage.values()) {
            int inTransition = count(operations, stage, TransitionStatusReport.IN_TRANSITION);
            int transitioned = count(operations, stage, TransitionStatusReport.TRANSITIONED);
            if (inTransition + transitioned > 0) {
                counts.add(new StageCount(stage, inTransition, transitioned));
            }
        }
        return counts;
    }

    private static int count(List<PortfolioOperation> operations, Stage stage, String status) {
        return (int) operations.stream()
                .filter(o -> o.stage() == stage && o.status().equals(status))
                .count();
    }

    private static List<String> groups(String candidateGroups) {
        return candidateGroups == null || candidateGroups.isBlank()
                ? List.of()
                : Arrays.stream(candidateGroups.split(",")).map(String::trim).toList();
    }

    private static Double number(String text) {
        if (text == null) {
            return null;
        }
        try {
            double value = Double.parseDouble(text);
            return Double.isFinite(value) ? value : null;
        } catch (NumberFormatException e) {
            return null; // a value imported as text is no point on a chart
        }
    }
}
