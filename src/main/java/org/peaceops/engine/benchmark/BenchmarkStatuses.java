package org.peaceops.engine.benchmark;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.peaceops.engine.camunda.DeployedDecisions;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The status of an operation's benchmarks and indicators as of a date, as the deployed decisions
 * {@code indicator-status} and {@code benchmark-status} rate them. This class only gathers the
 * facts (which values count as of the date) and counts the indicator statuses; the rules are the
 * process designers', in {@code processes/*.dmn}. Each indicator and benchmark also gets its readiness
 * forecast ({@link IndicatorForecasts}), from the same values: no read of its own.
 */
@Service
public class BenchmarkStatuses {

    public static final String INDICATOR_DECISION = "indicator-status";
    public static final String BENCHMARK_DECISION = "benchmark-status";

    /**
     * The parts a report reads its values in and rates them, side by side ({@link SideBySide}): while
     * one part waits for its values from the database, another is rated. A part per operation would
     * be a query per operation; eight keep the report's round trips few and bounded (seven more at
     * most, whatever the number of operations), and are enough for a machine of a few cores to keep
     * both the database and the rating busy. A caller inside a transaction gets one part, read on its
     * own thread and connection. Outside one (the report, the dashboard), the parts are separate
     * statements, as the report's other queries already were: a report reads committed data, not a
     * single snapshot.
     */
    public static final int PARTS = 8;

    private static final Set<String> NUMERIC = Set.of("NUMBER", "PERCENT", "ORDINAL");

    private final BenchmarkRecords records;
    private final DeployedDecisions decisions;
    private final BenchmarkProperties properties;

    public BenchmarkStatuses(BenchmarkRecords records, DeployedDecisions decisions, BenchmarkProperties properties) {
        this.records = records;
        this.decisions = decisions;
        this.properties = properties;
    }

    public List<RatedBenchmark> asOf(String operationCode, LocalDate asOf) {
        return asOf(List.of(operationCode), asOf).getOrDefault(operationCode, List.of());
    }

    /**
     * The rated benchmarks of the operations as of the date, by operation code (an operation without
     * benchmarks has no entry). The same few queries for one operation or a thousand: the benchmarks
     * with their indicators, the latest version of each decision, and the values in at most {@link
     * #PARTS} parts.
     */
    public Map<String, List<RatedBenchmark>> asOf(Collection<String> operationCodes, LocalDate asOf) {
        Map<String, List<BenchmarkRecords.Benchmark>> benchmarks = records.benchmarks(operationCodes);
        if (benchmarks.isEmpty()) {
            return Map.of();
        }
        DmnDecision indicatorStatus = decisions.latest(INDICATOR_DECISION);
        Deciding deciding = new Deciding(decisions.latest(BENCHMARK_DECISION));
        List<String> operations = List.copyOf(benchmarks.keySet());
        // inside a transaction every read must be the transaction's own, on its thread and connection
        int parts = TransactionSynchronizationManager.isActualTransactionActive() ? 1 : PARTS;
        List<List<List<IndicatorsRated>>> rated = SideBySide.map(SideBySide.parts(operations, parts), part -> {
            Rating rating = new Rating(asOf, records.valuesUpTo(part, asOf), indicatorStatus, null);
            return part.stream()
                    .map(operation -> benchmarks.get(operation).stream()
                            .map(rating::rateIndicators)
                            .toList())
                    .toList();
        });
        Map<String, List<RatedBenchmark>> decided = new LinkedHashMap<>();
        int next = 0;
        for (List<List<IndicatorsRated>> part : rated) {
            for (List<IndicatorsRated> ofOperation : part) {
                decided.put(
                        operations.get(next++),
                        ofOperation.stream().map(deciding::decide).toList());
            }
        }
        return decided;
    }

    /**
     * The rated benchmarks as {@link #asOf(Collection, LocalDate)} gives them, with every value each
     * indicator counts as of the date, oldest first (for charts of the measurements over time): the
     * same queries.
     */
    public Map<String, List<ChartedBenchmark>> withValues(Collection<String> operationCodes, LocalDate asOf) {
        Map<String, List<BenchmarkRecords.Benchmark>> benchmarks = records.benchmarks(operationCodes);
        if (benchmarks.isEmpty()) {
            return Map.of();
        }
        var values = records.valuesUpTo(benchmarks.keySet(), asOf);
        Rating rating = new Rating(asOf, values);
        Map<String, List<ChartedBenchmark>> charted = new LinkedHashMap<>();
        benchmarks.forEach((operation, ofOperation) -> charted.put(
                operation,
                ofOperation.stream()
                        .map(benchmark -> new ChartedBenchmark(
                                rating.rate(benchmark),
                                benchmark.indicators().stream()
                                        .map(indicator -> values.getOrDefault(indicator.id(), List.of()))
                                        .toList()))
                        .toList()));
        return charted;
    }

    public Optional<RatedBenchmark> benchmark(String operationCode, String benchmarkCode, LocalDate asOf) {
        return records.benchmark(operationCode, benchmarkCode)
                .map(benchmark -> new Rating(asOf, records.valuesUpTo(operationCode, asOf)).rate(benchmark));
    }

    /**
     * The first half of a benchmark's rating, for the business rule task that decides the second in
     * the review: its indicators rated, and the facts benchmark-status reads.
     */
    public Optional<IndicatorsRated> indicatorsOf(String operationCode, String benchmarkCode, LocalDate asOf) {
        return records.benchmark(operationCode, benchmarkCode).map(benchmark -> new Rating(
                        asOf, records.valuesUpTo(operationCode, asOf), decisions.latest(INDICATOR_DECISION), null)
                .rateIndicators(benchmark));
    }

    /**
     * One rating as of a date: the values it counts and the decisions' latest versions, looked up
     * once for all the benchmarks it rates.
     */
    private final class Rating {

        private final LocalDate asOf;
        private final Map<Long, List<BenchmarkRecords.Value>> values;
        private final DmnDecision indicatorStatus;
        private final Deciding deciding;

        Rating(LocalDate asOf, Map<Long, List<BenchmarkRecords.Value>> values) {
            this(
                    asOf,
                    values,
                    decisions.latest(INDICATOR_DECISION),
                    new Deciding(decisions.latest(BENCHMARK_DECISION)));
        }

        /** Without benchmark-status (null), for the indicators only. */
        Rating(
                LocalDate asOf,
                Map<Long, List<BenchmarkRecords.Value>> values,
                DmnDecision indicatorStatus,
                Deciding deciding) {
            this.asOf = asOf;
            this.values = values;
            this.indicatorStatus = indicatorStatus;
            this.deciding = deciding;
        }

        RatedBenchmark rate(BenchmarkRecords.Benchmark benchmark) {
            return deciding.decide(rateIndicators(benchmark));
        }

        IndicatorsRated rateIndicators(BenchmarkRecords.Benchmark benchmark) {
            List<RatedIndicator> indicators = new ArrayList<>();
            for (BenchmarkRecords.Indicator indicator : benchmark.indicators()) {
                List<BenchmarkRecords.Value> measured = values.getOrDefault(indicator.id(), List.of());
                var result = decisions.evaluate(indicatorStatus, facts(asOf, benchmark, indicator, measured));
                indicators.add(new RatedIndicator(
                        indicator,
                        measured.isEmpty() ? null : measured.get(measured.size() - 1),
                        result.getEntry("status"),
                        result.getEntry("reason"),
                        IndicatorForecasts.of(
                                indicator.type(), indicator.direction(), indicator.target(), measured, asOf)));
            }
            return new IndicatorsRated(benchmark, indicators);
        }
    }

    /**
     * benchmark-status, each distinct set of facts decided once: a decision is a function of its
     * inputs, and a portfolio's benchmarks have few distinct counts of indicators by status. Used by
     * one thread.
     */
    private final class Deciding {

        private final DmnDecision benchmarkStatus;
        private final Map<Map<String, Object>, DmnDecisionResultEntries> decided = new HashMap<>();

        Deciding(DmnDecision benchmarkStatus) {
            this.benchmarkStatus = benchmarkStatus;
        }

        /** The benchmark's own status, from its rated indicators. */
        RatedBenchmark decide(IndicatorsRated indicators) {
            var result = decided.computeIfAbsent(
                    indicators.benchmarkFacts(), facts -> decisions.evaluate(benchmarkStatus, facts));
            return indicators.rated(result.getEntry("status"), result.getEntry("reason"));
        }
    }

    /** A benchmark whose indicators are rated, before benchmark-status decides the benchmark's own status. */
    public record IndicatorsRated(BenchmarkRecords.Benchmark benchmark, List<RatedIndicator> indicators) {

        /** The inputs of benchmark-status: how many indicators have each status, and the minimum condition. */
        public Map<String, Object> benchmarkFacts() {
            return counts(benchmark, indicators);
        }

        /** The indicators and their statuses in words, as the review records and shows them. */
        public String indicatorStatuses() {
            return indicators.stream()
                    .map(indicator -> indicator.code() + " " + indicator.status())
                    .collect(java.util.stream.Collectors.joining(", "));
        }

        public RatedBenchmark rated(String status, String reason) {
            return new RatedBenchmark(
                    benchmark,
                    status,
                    reason,
                    indicators,
                    Forecast.ofAll(
                            indicators.stream().map(RatedIndicator::forecast).toList()));
        }
    }

    /** The facts decision indicator-status reads: dates as ISO text, values typed by indicator type. */
    private Map<String, Object> facts(
            LocalDate asOf,
            BenchmarkRecords.Benchmark benchmark,
            BenchmarkRecords.Indicator indicator,
            List<BenchmarkRecords.Value> measured) {
        String type = indicator.type();
        BenchmarkRecords.Value first = measured.isEmpty() ? null : measured.get(0);
        BenchmarkRecords.Value latest = measured.isEmpty() ? null : measured.get(measured.size() - 1);
        Map<String, Object> facts = new HashMap<>();
        facts.put("asOf", asOf.toString());
        facts.put("indicatorType", type);
        facts.put("direction", indicator.direction());
        facts.put("target", NUMERIC.contains(type) ? number(indicator.target()) : null);
        facts.put("baseline", NUMERIC.contains(type) ? number(indicator.baseline()) : null);
        facts.put("indicatorTargetDate", text(indicator.targetDate()));
        facts.put("benchmarkTargetDate", text(benchmark.targetDate()));
        facts.put("firstOn", first == null ? null : first.asOf().toString());
        facts.put("firstValue", first == null ? null : typed(type, first.value()));
        facts.put("latestOn", latest == null ? null : latest.asOf().toString());
        facts.put("latestValue", latest == null ? null : typed(type, latest.value()));
        facts.put("stalenessLimitDays", properties.stalenessDays());
        return facts;
    }

    /** One pass over the indicators (a report counts those of every benchmark of its portfolio). */
    private static Map<String, Object> counts(BenchmarkRecords.Benchmark benchmark, List<RatedIndicator> indicators) {
        int achieved = 0;
        int offTrack = 0;
        int atRisk = 0;
        int noData = 0;
        for (RatedIndicator indicator : indicators) {
            switch (indicator.status()) {
                case "ACHIEVED" -> achieved++;
                case "OFF_TRACK" -> offTrack++;
                case "AT_RISK" -> atRisk++;
                case "NO_DATA" -> noData++;
                default -> {
                    // ON_TRACK is not counted: benchmark-status reads these four and the total
                }
            }
        }
        Map<String, Object> counts = new HashMap<>();
        counts.put("indicatorCount", indicators.size());
        counts.put("achieved", achieved);
        counts.put("offTrack", offTrack);
        counts.put("atRisk", atRisk);
        counts.put("noData", noData);
        counts.put("minimumCondition", benchmark.minimumCondition());
        return counts;
    }

    private static Object typed(String type, String value) {
        return switch (type) {
            case "NUMBER", "PERCENT", "ORDINAL" -> number(value);
            case "BOOLEAN" -> Boolean.valueOf(value);
            default -> value;
        };
    }

    private static Double number(String text) {
        if (text == null) {
            return null;
        }
        try {
            return Double.valueOf(text);
        } catch (NumberFormatException e) {
            return null; // a non-numeric target (imported as text) is no target
        }
    }

    private static String text(LocalDate date) {
        return date == null ? null : date.toString();
    }

    public record RatedBenchmark(
            String code,
            String title,
            String category,
            String owner,
            boolean minimumCondition,
            LocalDate targetDate,
            String status,
            String reason,
            List<RatedIndicator> indicators,
            Forecast forecast) {

        RatedBenchmark(
                BenchmarkRecords.Benchmark b,
                String status,
                String reason,
                List<RatedIndicator> indicators,
                Forecast forecast) {
            this(
                    b.code(),
                    b.title(),
                    b.category(),
                    b.owner(),
                    b.minimumCondition(),
                    b.targetDate(),
                    status,
                    reason,
                    indicators,
                    forecast);
        }
    }

    /** A rated benchmark and, in the order of its indicators, the values each counts, oldest first. */
    public record ChartedBenchmark(RatedBenchmark rated, List<List<BenchmarkRecords.Value>> values) {}

    public record RatedIndicator(
            String code,
            String name,
            String type,
            String unit,
            String direction,
            String baseline,
            String target,
            LocalDate targetDate,
            BenchmarkRecords.Value latest,
            String status,
            String reason,
            Forecast forecast) {

        RatedIndicator(
                BenchmarkRecords.Indicator i,
                BenchmarkRecords.Value latest,
                String status,
                String reason,
                Forecast forecast) {
            this(
                    i.code(),
                    i.name(),
                    i.type(),
                    i.unit(),
                    i.direction(),
                    i.baseline(),
                    i.target(),
                    i.targetDate(),
                    latest,
                    status,
                    reason,
                    forecast);
        }
    }
}
