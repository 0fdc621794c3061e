package org.peaceops.engine.benchmark;

import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How benchmarks are rated and reviewed ({@code transition.benchmarks.*}).
 *
 * @param stalenessDays a latest value older than this many days counts as no data
 * @param reviewPeriod how often an operation's benchmarks are reviewed unless the operation says
 *     otherwise (ISO-8601 period, default quarterly)
 * @param measurementDueDays days the indicator owners have to submit their measurements
 */
@ConfigurationProperties("transition.benchmarks")
public record BenchmarkProperties(int stalenessDays, Period reviewPeriod, int measurementDueDays) {

    public BenchmarkProperties {
        stalenessDays = stalenessDays > 0 ? stalenessDays : 180;
        reviewPeriod = reviewPeriod != null ? reviewPeriod : Period.ofMonths(3);
        measurementDueDays = measurementDueDays > 0 ? measurementDueDays : 21;
    }
}
