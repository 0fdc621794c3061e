package org.peaceops.engine.benchmark;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The benchmarks, indicators and measurements a portfolio brings, written as JDBC batches: one batch
 * per table, and one read of the ids the database gave, per operation, instead of one round trip per
 * row (an operation of 20 benchmarks with 2 indicators of 3 measurements each was 180 statements).
 */
@Repository
public class BenchmarkImports {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    public BenchmarkImports(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Writes an operation's benchmarks with their indicators and measurements, in the caller's transaction. */
    public void add(String operationCode, List<ImportedBenchmark> benchmarks, String recordedBy) {
        if (benchmarks.isEmpty()) {
            return;
        }
        jdbc.batchUpdate(
                "insert into benchmark (operation_code, code, title, category, owner, minimum_condition, target_date)"
                        + " values (?, ?, ?, ?, ?, ?, ?)",
                benchmarks.stream()
                        .map(b -> new Object[] {
                            operationCode,
                            b.code(),
                            b.title(),
                            b.category(),
                            b.owner(),
                            b.minimumCondition(),
                            b.targetDate()
                        })
                        .toList());
        Map<String, Long> benchmarkIds = ids("select id, code from benchmark where operation_code = ?", operationCode);

        List<Object[]> indicators = new ArrayList<>();
        for (ImportedBenchmark benchmark : benchmarks) {
            for (ImportedIndicator i : benchmark.indicators()) {
                indicators.add(new Object[] {
                    operationCode,
                    benchmarkIds.get(benchmark.code()),
                    i.code(),
                    i.name(),
                    i.type(),
                    i.unit(),
                    i.direction(),
                    i.scale(),
                    i.baseline(),
                    i.target(),
                    i.targetDate()
                });
            }
        }
        if (indicators.isEmpty()) {
            return;
        }
        jdbc.batchUpdate(
                "insert into indicator (operation_code, benchmark_id, code, name, type, unit, direction, scale,"
                        + " baseline, target, target_date) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                indicators);
        Map<String, Long> indicatorIds = ids("select id, code from indicator where operation_code = ?", operationCode);

        Timestamp now = Timestamp.from(clock.instant());
        List<Object[]> measurements = new ArrayList<>();
        for (ImportedBenchmark benchmark : benchmarks) {
            for (ImportedIndicator indicator : benchmark.indicators()) {
                for (ImportedMeasurement m : indicator.measurements()) {
                    measurements.add(new Object[] {
                        indicatorIds.get(indicator.code()), m.asOf(), m.value(), m.note(), recordedBy, now
                    });
                }
            }
        }
        if (!measurements.isEmpty()) {
            jdbc.batchUpdate(
                    "insert into measurement (indicator_id, as_of, measured, note, recorded_by, recorded_at)"
                            + " values (?, ?, ?, ?, ?, ?)",
                    measurements);
        }
    }

    private Map<String, Long> ids(String sql, String operationCode) {
        Map<String, Long> ids = new HashMap<>();
        jdbc.query(
                sql,
                rs -> {
                    ids.put(rs.getString("code"), rs.getLong("id"));
                },
                operationCode);
        return ids;
    }

    /** A benchmark as a portfolio brings it. */
    public record ImportedBenchmark(
            String code,
            String title,
            String category,
            String owner,
            boolean minimumCondition,
            LocalDate targetDate,
            List<ImportedIndicator> indicators) {}

    /** An indicator as a portfolio brings it: its scale as JSON text, its baseline and target as stored. */
    public record ImportedIndicator(
            String code,
            String name,
            String type,
            String unit,
            String direction,
            String scale,
            String baseline,
            String target,
            LocalDate targetDate,
            List<ImportedMeasurement> measurements) {}

    /** A measurement as a portfolio brings it, kept as it is (the portfolio is the record). */
    public record ImportedMeasurement(LocalDate asOf, String value, String note) {}
}
