package org.peaceops.engine.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The readiness forecast on synthetic series, as of 2024-04-30. A series is "day=value ..."; days from
 * 2024-01-01 are 0, 30 (01-31), 60 (03-01), 90 (03-31), 120 (04-30). The expected dates were worked
 * out by hand from the line through the points: a value of 10 + x/3 reaches 100 at x = 270, on
 * 2024-09-27.
 */
class ForecastTest {

    static final LocalDate AS_OF = LocalDate.of(2024, 4, 30);

    static Stream<Arguments> indicators() {
        return Stream.of(
                arguments(
                        "exact line upwards",
                        "NUMBER",
                        "INCREASE",
                        "100",
                        "2024-01-01=10 2024-01-31=20 2024-03-01=30",
                        "by 2024-09-27"),
                arguments(
                        "exact line downwards: 100 - x/3 reaches 0 at x = 300",
                        "NUMBER",
                        "DECREASE",
                        "0",
                        "2024-01-01=100 2024-01-31=90 2024-03-01=80",
                        "by 2024-10-27"),
                arguments(
                        "the same line with one wild value: least squares would say 2024-04-19, Theil–Sen keeps the line",
                        "NUMBER",
                        "INCREASE",
                        "100",
                        "2024-01-01=10 2024-01-31=20 2024-03-01=300 2024-03-31=40 2024-04-30=50",
                        "by 2024-09-27"),
                arguments(
                        "noisy line: slope 0.3208, intercept 10.5 reach 100 at x = 278.96",
                        "PERCENT",
                        null,
                        "100",
                        "2024-01-01=10 2024-01-31=22 2024-03-01=29 2024-03-31=41 2024-04-30=49",
                        "by 2024-10-06"),
                arguments(
                        "an ordinal scale climbing a level every two months: 1 + x/60 reaches 4 at x = 180",
                        "ORDINAL",
                        null,
                        "4",
                        "2024-01-01=1 2024-03-01=2 2024-04-30=3",
                        "by 2024-06-29"),
                arguments(
                        "flat",
                        "NUMBER",
                        "INCREASE",
                        "100",
                        "2024-01-01=50 2024-01-31=50 2024-03-01=50",
                        Forecast.NOT_ON_TREND),
                arguments(
                        "wrong direction upwards",
                        "NUMBER",
                        "INCREASE",
                        "100",
                        "2024-01-01=50 2024-01-31=40 2024-03-01=30",
                        Forecast.NOT_ON_TREND),
                arguments(
                        "wrong direction downwards",
                        "NUMBER",
                        "DECREASE",
                        "0",
                        "2024-01-01=10 2024-01-31=20 2024-03-01=30",
                        Forecast.NOT_ON_TREND),
                arguments(
                        "so slow it gets there only after 2100",
                        "NUMBER",
                        "INCREASE",
                        "100",
                        "2024-01-01=1 2024-01-31=1.001 2024-03-01=1.002",
                        Forecast.NOT_ON_TREND),
                arguments(
                        "the line crossed the target on 2024-03-13 but the latest value has not: by now",
                        "NUMBER",
                        "INCREASE",
                        "60",
                        "2024-01-01=0 2024-01-31=100 2024-03-01=50",
                        "by 2024-04-30"),
                arguments(
                        "two points",
                        "NUMBER",
                        "INCREASE",
                        "100",
                        "2024-01-01=10 2024-01-31=20",
                        Forecast.TOO_LITTLE_DATA),
                arguments("no measurement", "NUMBER", "INCREASE", "100", "", Forecast.TOO_LITTLE_DATA),
                arguments(
                        "met with one value: no line needed",
                        "NUMBER",
                        "INCREASE",
                        "100",
                        "2024-03-01=120",
                        "met 2024-03-01"),
                arguments(
                        "met since the first of the values that stayed at the target",
                        "NUMBER",
                        "DECREASE",
                        "10",
                        "2024-01-01=8 2024-01-31=12 2024-03-01=9 2024-03-31=10",
                        "met 2024-03-01"),
                arguments(
                        "a number without a target",
                        "NUMBER",
                        "INCREASE",
                        null,
                        "2024-01-01=10 2024-01-31=20 2024-03-01=30",
                        Forecast.NO_TARGET),
                arguments(
                        "milestone reached: its date",
                        "MILESTONE",
                        null,
                        "2024-03-31",
                        "2024-03-01=2024-02-15",
                        "met 2024-02-15"),
                arguments(
                        "milestone not reached: the date on record",
                        "MILESTONE",
                        null,
                        "2024-06-30",
                        "2024-03-01=2024-06-15",
                        "by 2024-06-15"),
                arguments(
                        "yes-or-no still no: no trend to follow",
                        "BOOLEAN",
                        null,
                        "true",
                        "2024-01-01=false 2024-01-31=false 2024-03-01=false",
                        Forecast.NO_TREND_YES_OR_NO),
                arguments(
                        "yes-or-no yes since its latest run of yes",
                        "BOOLEAN",
                        null,
                        "true",
                        "2024-01-01=true 2024-01-31=false 2024-03-01=true 2024-03-31=true",
                        "met 2024-03-01"));
    }

    @ParameterizedTest(name = "{0}: {5}")
    @MethodSource("indicators")
    void anIndicatorIsForecastFromItsSeries(
            String situation, String type, String direction, String target, String series, String expected) {
        Forecast forecast = IndicatorForecasts.of(type, direction, target, values(series), AS_OF);

        assertThat(said(forecast)).isEqualTo(expected);
        assertThat(forecast.method()).isEqualTo("Theil–Sen");
    }

    static Stream<Arguments> wholes() {
        return Stream.of(
                arguments(
                        "every part dated: the last", "by 2024-09-27, met 2024-03-01, by 2024-06-15", "by 2024-09-27"),
                arguments("every part met: met on the last", "met 2024-03-01, met 2024-02-15", "met 2024-03-01"),
                arguments(
                        "one part not on trend",
                        "by 2024-09-27, not on current trend, too little data",
                        Forecast.NOT_ON_TREND),
                arguments(
                        "a part without a date gives its reason",
                        "by 2024-09-27, too little data, no target",
                        Forecast.TOO_LITTLE_DATA),
                arguments("no parts", "", Forecast.TOO_LITTLE_DATA));
    }

    @ParameterizedTest(name = "{0}: {2}")
    @MethodSource("wholes")
    void aBenchmarkIsReadyWhenItsLastIndicatorIs(String situation, String parts, String expected) {
        List<Forecast> forecasts = parts.isEmpty()
                ? List.of()
                : Arrays.stream(parts.split(", ")).map(ForecastTest::forecast).toList();

        assertThat(said(Forecast.ofAll(forecasts))).isEqualTo(expected);
    }

    private static List<BenchmarkRecords.Value> values(String series) {
        return series.isBlank()
                ? List.of()
                : Arrays.stream(series.split(" "))
                        .map(point -> point.split("="))
                        .map(point -> new BenchmarkRecords.Value(LocalDate.parse(point[0]), point[1]))
                        .toList();
    }

    private static String said(Forecast forecast) {
        if (forecast.date() == null) {
            return forecast.reason();
        }
        return (forecast.met() ? "met " : "by ") + forecast.date();
    }

    private static Forecast forecast(String said) {
        if (said.startsWith("met ")) {
            return Forecast.metOn(LocalDate.parse(said.substring(4)));
        }
        return said.startsWith("by ") ? Forecast.by(LocalDate.parse(said.substring(3))) : Forecast.none(said);
    }
}
