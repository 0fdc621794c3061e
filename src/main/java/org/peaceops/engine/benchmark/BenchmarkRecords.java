package org.peaceops.engine.benchmark;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.peaceops.engine.platform.GeneratedIds;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Benchmarks, their indicators and measurements, in the project's tables. */
@Service
public class BenchmarkRecords {

    private final JdbcClient jdbc;
    private final Clock clock;

    public BenchmarkRecords(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public List<Benchmark> benchmarks(String operationCode) {
        return jdbc.sql(
                        """
                select id, code, title, category, owner, minimum_condition, target_date
                from benchmark where operation_code = ? order by code""")
                .param(operationCode)
                .query((rs, n) -> new Benchmark(
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getBoolean(6),
                        rs.getObject(7, LocalDate.class),
                        indicators(rs.getLong(1))))
                .list();
    }

    private List<Indicator> indicators(long benchmarkId) {
        return jdbc.sql(
                        """
                select i.code, i.name, i.type, i.unit, i.direction, i.baseline, i.target, i.target_date,
                       m.as_of, m.measured
                from indicator i
                left join measurement m on m.id = (
                    select m2.id from measurement m2
                    where m2.indicator_id = i.id and m2.superseded_by is null
                    order by m2.as_of desc, m2.id desc fetch first 1 rows only)
                where i.benchmark_id = ? order by i.code""")
                .param(benchmarkId)
                .query((rs, n) -> new Indicator(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getString(7),
                        rs.getObject(8, LocalDate.class),
                        rs.getString(10) == null
                                ? null
                                : new LatestMeasurement(rs.getObject(9, LocalDate.class), rs.getString(10))))
                .list();
    }

    public Optional<IndicatorRef> indicator(String operationCode, String indicatorCode) {
        return jdbc.sql("select id, type, scale from indicator where operation_code = ? and code = ?")
                .params(operationCode, indicatorCode)
                .query((rs, n) -> new IndicatorRef(rs.getLong(1), indicatorCode, rs.getString(2), rs.getString(3)))
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
        long id = GeneratedIds.insert(
                jdbc,
                "insert into measurement (indicator_id, as_of, measured, note, recorded_by, recorded_at) values (?, ?, ?, ?, ?, ?)",
                indicatorId,
                asOf,
                value,
                note,
                recordedBy,
                Timestamp.from(clock.instant()));
        for (Long superseded : current) {
            jdbc.sql("update measurement set superseded_by = ? where id = ?")
                    .params(id, superseded)
                    .update();
        }
        return id;
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
                        rs.getLong(1),
                        rs.getObject(2, LocalDate.class),
                        rs.getString(3),
                        rs.getString(4),
                        (Long) rs.getObject(5),
                        rs.getString(6)))
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
            String code,
            String name,
            String type,
            String unit,
            String direction,
            String baseline,
            String target,
            LocalDate targetDate,
            LatestMeasurement latest) {}

    public record LatestMeasurement(LocalDate asOf, String value) {}

    public record IndicatorRef(long id, String code, String type, String scale) {}

    public record MeasurementRecord(
            long id, LocalDate asOf, String value, String note, Long supersededBy, String recordedBy) {}
}
