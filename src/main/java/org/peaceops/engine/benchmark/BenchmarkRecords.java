package org.peaceops.engine.benchmark;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.peaceops.engine.shared.GeneratedIds;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Benchmarks, their indicators and measurements: the store of the benchmark package's tables. */
@Repository
public class BenchmarkRecords {

    private final JdbcClient jdbc;
    private final Clock clock;

    public BenchmarkRecords(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Benchmarks with their indicators, in one query: a benchmark without indicators comes with a row
     * of nulls (left join).
     */
    private static final String SELECT_BENCHMARKS =
            """
            select b.id, b.operation_code, b.code, b.title, b.category, b.owner, b.minimum_condition, b.target_date,
                   i.id as indicator_id, i.code as indicator_code, i.name as indicator_name, i.type as indicator_type,
                   i.unit as indicator_unit, i.direction as indicator_direction, i.baseline as indicator_baseline,
                   i.target as indicator_target, i.target_date as indicator_target_date
            from benchmark b left join indicator i on i.benchmark_id = b.id""";

    private static final String BENCHMARK_ORDER = " order by b.operation_code, b.code, b.id, i.code";

    public List<Benchmark> benchmarks(String operationCode) {
        return benchmarks(List.of(operationCode)).getOrDefault(operationCode, List.of());
    }

    /**
     * The benchmarks of the operations, by operation code (an operation without benchmarks has no
     * entry), each with its indicators: one query, however many operations and benchmarks.
     */
    public Map<String, List<Benchmark>> benchmarks(Collection<String> operationCodes) {
        if (operationCodes.isEmpty()) {
            return Map.of();
        }
        return grouped(jdbc.sql(SELECT_BENCHMARKS + " where b.operation_code = any(?)" + BENCHMARK_ORDER)
                .param(operationCodes.toArray(String[]::new)));
    }

    /** One benchmark with its indicators, without reading the operation's others. */
    public Optional<Benchmark> benchmark(String operationCode, String benchmarkCode) {
        return grouped(jdbc.sql(SELECT_BENCHMARKS + " where b.operation_code = ? and b.code = ?" + BENCHMARK_ORDER)
                        .params(operationCode, benchmarkCode))
                .getOrDefault(operationCode, List.of())
                .stream()
                .findFirst();
    }

    /** The rows of SELECT_BENCHMARKS, in its order, as benchmarks with their indicators by operation. */
    private Map<String, List<Benchmark>> grouped(JdbcClient.StatementSpec statement) {
        Map<String, List<Benchmark>> benchmarks = new LinkedHashMap<>();
        Map<Long, List<Indicator>> indicators = new HashMap<>();
        statement.query(rs -> {
            long id = rs.getLong("id");
            List<Indicator> ofBenchmark = indicators.get(id);
            if (ofBenchmark == null) {
                ofBenchmark = new ArrayList<>();
                indicators.put(id, ofBenchmark);
                benchmarks
                        .computeIfAbsent(rs.getString("operation_code"), code -> new ArrayList<>())
                        .add(benchmark(rs, ofBenchmark));
            }
            long indicatorId = rs.getLong("indicator_id");
            if (!rs.wasNull()) {
                ofBenchmark.add(indicator(rs, indicatorId));
            }
        });
        return benchmarks;
    }

    /** The benchmark of the row, with the list its indicators are added to as the rows come. */
    private static Benchmark benchmark(ResultSet rs, List<Indicator> indicators) throws SQLException {
        return new Benchmark(
                rs.getString("code"),
                rs.getString("title"),
                rs.getString("category"),
                rs.getString("owner"),
                rs.getBoolean("minimum_condition"),
                rs.getObject("target_date", LocalDate.class),
                Collections.unmodifiableList(indicators));
    }

    private static Indicator indicator(ResultSet rs, long id) throws SQLException {
        return new Indicator(
                id,
                rs.getString("indicator_code"),
                rs.getString("indicator_name"),
                rs.getString("indicator_type"),
                rs.getString("indicator_unit"),
                rs.getString("indicator_direction"),
                rs.getString("indicator_baseline"),
                rs.getString("indicator_target"),
                rs.getObject("indicator_target_date", LocalDate.class));
    }

    /**
     * The current values (superseded ones left out) of the operation's indicators dated on or before
     * {@code asOf}, oldest first, by indicator id.
     */
    public Map<Long, List<Value>> valuesUpTo(String operationCode, LocalDate asOf) {
        return valuesUpTo(List.of(operationCode), asOf);
    }

    /**
     * The same for the indicators of all the operations, in one query. It reaches the measurements
     * through the index on (indicator_id, as_of), by the indicators of the operations asked, however
     * many measurements the other operations have.
     */
    public Map<Long, List<Value>> valuesUpTo(Collection<String> operationCodes, LocalDate asOf) {
        if (operationCodes.isEmpty()) {
            return Map.of();
        }
        // unsorted: each indicator's few values are put in order here, instead of the database sorting
        // every row first (half a million for a past day's report with weekly measurements)
        Map<Long, List<Numbered>> rows = new HashMap<>();
        jdbc.sql(
                        """
                select m.indicator_id, m.id, m.as_of, m.measured
                from indicator i join measurement m on m.indicator_id = i.id
                where i.operation_code = any(?) and m.as_of <= ? and m.superseded_by is null""")
                .params(operationCodes.toArray(String[]::new), asOf)
                .query(new RowCallbackHandler() {
                    // by name, once per result: a look-up per column and row was a twentieth of a past day's report
                    int indicatorColumn;
                    int idColumn;
                    int asOfColumn;
                    int measuredColumn;

                    @Override
                    public void processRow(ResultSet rs) throws SQLException {
                        if (indicatorColumn == 0) {
                            indicatorColumn = rs.findColumn("indicator_id");
                            idColumn = rs.findColumn("id");
                            asOfColumn = rs.findColumn("as_of");
                            measuredColumn = rs.findColumn("measured");
                        }
                        rows.computeIfAbsent(rs.getLong(indicatorColumn), key -> new ArrayList<>())
                                .add(new Numbered(
                                        rs.getLong(idColumn),
                                        new Value(
                                                rs.getObject(asOfColumn, LocalDate.class),
                                                rs.getString(measuredColumn))));
                    }
                });
        Map<Long, List<Value>> values = new HashMap<>(rows.size() * 2);
        rows.forEach((indicator, numbered) -> {
            numbered.sort(IN_ORDER);
            List<Value> inOrder = new ArrayList<>(numbered.size());
            numbered.forEach(row -> inOrder.add(row.value()));
            values.put(indicator, inOrder);
        });
        return values;
    }

    /** A value with its row's id, which orders values of the same date as they were recorded. */
    private record Numbered(long id, Value value) {}

    private static final Comparator<Numbered> IN_ORDER =
            Comparator.comparing((Numbered row) -> row.value().asOf()).thenComparingLong(Numbered::id);

    public Optional<IndicatorRef> indicator(String operationCode, String indicatorCode) {
        return jdbc.sql("select id, type, scale from indicator where operation_code = ? and code = ?")
                .params(operationCode, indicatorCode)
                .query((rs, n) ->
                        new IndicatorRef(rs.getLong("id"), indicatorCode, rs.getString("type"), rs.getString("scale")))
                .optional();
    }

    public List<String> indicatorCodes(String operationCode) {
        return jdbc.sql("select code from indicator where operation_code = ? order by code")
                .param(operationCode)
                .query(String.class)
                .list();
    }

    /**
     * Records a measurement. A second value for the same indicator and date supersedes the first;
     * both are kept, so nothing is lost.
     */
    public long recordMeasurement(long indicatorId, LocalDate asOf, String value, String note, String recordedBy) {
        List<Long> current = jdbc.sql(
                        "select id from measurement where indicator_id = ? and as_of = ? and superseded_by is null")
                .params(indicatorId, asOf)
                .query(Long.class)
                .list();
        long id = insertMeasurement(indicatorId, asOf, value, note, recordedBy);
        for (Long superseded : current) {
            jdbc.sql("update measurement set superseded_by = ? where id = ?")
                    .params(id, superseded)
                    .update();
        }
        return id;
    }

    private long insertMeasurement(long indicatorId, LocalDate asOf, String value, String note, String recordedBy) {
        return GeneratedIds.insert(
                jdbc,
                "insert into measurement (indicator_id, as_of, measured, note, recorded_by, recorded_at) values (?, ?, ?, ?, ?, ?)",
                indicatorId,
                asOf,
                value,
                note,
                recordedBy,
                Timestamp.from(clock.instant()));
    }

    /** Every measurement of an indicator, superseded ones included, oldest first. */
    public List<MeasurementRecord> measurements(String operationCode, String indicatorCode) {
        return jdbc.sql(
                        """
                select m.id, m.as_of, m.measured, m.note, m.superseded_by, m.recorded_by
                from measurement m join indicator i on i.id = m.indicator_id
                where i.operation_code = ? and i.code = ? order by m.as_of, m.id""")
                .params(operationCode, indicatorCode)
                .query((rs, n) -> new MeasurementRecord(
                        rs.getLong("id"),
                        rs.getObject("as_of", LocalDate.class),
                        rs.getString("measured"),
                        rs.getString("note"),
                        (Long) rs.getObject("superseded_by"),
                        rs.getString("recorded_by")))
                .list();
    }

    public record Benchmark(
            String code,
            String title,
            String category,
            String owner,
            boolean minimumCondition,
            LocalDate targetDate,
            List<Indicator> indicators) {}

    public record Indicator(
            @JsonIgnore long id,
            String code,
            String name,
            String type,
            String unit,
            String direction,
            String baseline,
            String target,
            LocalDate targetDate) {}

    /** A measured value as stored: numbers and dates as text, booleans as true or false. */
    public record Value(LocalDate asOf, String value) {}

    public record IndicatorRef(long id, String code, String type, String scale) {}

    public record MeasurementRecord(
            long id, LocalDate asOf, String value, String note, Long supersededBy, String recordedBy) {}
}
