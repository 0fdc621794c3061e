package org.peaceops.engine.benchmark;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.peaceops.engine.shared.GeneratedIds;
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

    private static final String SELECT_BENCHMARKS =
            """
            select id, code, title, category, owner, minimum_condition, target_date
            from benchmark where operation_code = ?""";

    public List<Benchmark> benchmarks(String operationCode) {
        return jdbc.sql(SELECT_BENCHMARKS + " order by code")
                .param(operationCode)
                .query(this::benchmark)
                .list();
    }

    /** One benchmark with its indicators, without reading the operation's others. */
    public Optional<Benchmark> benchmark(String operationCode, String benchmarkCode) {
        return jdbc.sql(SELECT_BENCHMARKS + " and code = ?")
                .params(operationCode, benchmarkCode)
                .query(this::benchmark)
                .optional();
    }

    private Benchmark benchmark(ResultSet rs, int row) throws SQLException {
        return new Benchmark(
                rs.getString("code"),
                rs.getString("title"),
                rs.getString("category"),
                rs.getString("owner"),
                rs.getBoolean("minimum_condition"),
                rs.getObject("target_date", LocalDate.class),
                indicators(rs.getLong("id")));
    }

    private List<Indicator> indicators(long benchmarkId) {
        return jdbc.sql(
                        """
                select id, code, name, type, unit, direction, baseline, target, target_date
                from indicator where benchmark_id = ? order by code""")
                .param(benchmarkId)
                .query((rs, n) -> new Indicator(
                        rs.getLong("id"),
                        rs.getString("code"),
                        rs.getString("name"),
                        rs.getString("type"),
                        rs.getString("unit"),
                        rs.getString("direction"),
                        rs.getString("baseline"),
                        rs.getString("target"),
                        rs.getObject("target_date", LocalDate.class)))
                .list();
    }

    /**
     * The current values (superseded ones left out) of the operation's indicators dated on or before
     * {@code asOf}, oldest first, by indicator id.
     */
    public Map<Long, List<Value>> valuesUpTo(String operationCode, LocalDate asOf) {
        Map<Long, List<Value>> values = new HashMap<>();
        jdbc.sql(
                        """
                select m.indicator_id, m.as_of, m.measured
                from measurement m join indicator i on i.id = m.indicator_id
                where i.operation_code = ? and m.superseded_by is null and m.as_of <= ?
                order by m.as_of, m.id""")
                .params(operationCode, asOf)
                .query((rs, n) -> {
                    values.computeIfAbsent(rs.getLong("indicator_id"), id -> new ArrayList<>())
                            .add(new Value(rs.getObject("as_of", LocalDate.class), rs.getString("measured")));
                    return null;
                })
                .list();
        return values;
    }

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
