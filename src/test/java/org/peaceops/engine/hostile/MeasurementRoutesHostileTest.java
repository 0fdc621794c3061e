package org.peaceops.engine.hostile;

import static org.peaceops.engine.hostile.HostileRequest.get;
import static org.peaceops.engine.hostile.HostileRequest.post;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.peaceops.engine.EngineTest;

/**
 * One measurement at a time (JSON), the benchmarks as of a date and the CSV template, against
 * MONUSCO's indicators: B1.1 PERCENT, B1.2 NUMBER, B2.1 BOOLEAN, B15.1 MILESTONE.
 */
@EngineTest
class MeasurementRoutesHostileTest extends HostileApiTest {

    private static final String OPERATION = "/api/operations/MONUSCO";

    private static String measurement(String indicator) {
        return OPERATION + "/indicators/" + indicator + "/measurements";
    }

    private static HostileRequest number(String body) {
        return post(measurement("B1.2")).json(body);
    }

    static Stream<HostileRequest> measurements() {
        return Stream.of(
                number("{\"asOf\": \"0000-01-01\", \"value\": 3}")
                        .because("year 0")
                        .refused(400, "/asOf"),
                number("{\"asOf\": \"+99999-01-01\", \"value\": 3}")
                        .because("a five-digit year")
                        .refused(400, "/asOf"),
                number("{\"asOf\": \"-0001-01-01\", \"value\": 3}")
                        .because("a year before the era")
                        .refused(400, "/asOf"),
                number("{\"asOf\": \"2021-02-30\", \"value\": 3}")
                        .because("the 30th of February")
                        .refused(400, "/asOf"),
                number("{\"asOf\": \"1945-10-23\", \"value\": 3}")
                        .because("before the Charter")
                        .refused(400, "/asOf"),
                number("{\"asOf\": \"2101-01-01\", \"value\": 3}")
                        .because("the next century")
                        .refused(400, "/asOf"),
                number("{\"asOf\": \"2099-12-31\", \"value\": 3}")
                        .because("in the future")
                        .refused(400, "/asOf"),
                number("{\"asOf\": 20240630, \"value\": 3}")
                        .because("a date as a number")
                        .refused(400, "/asOf"),
                number("{\"value\": 3}").because("no date").refused(400, "/asOf"),
                number("{\"asOf\": \"2024-06-30\", \"value\": NaN}")
                        .because("NaN")
                        .refused(400, "/value"),
                number("{\"asOf\": \"2024-06-30\", \"value\": Infinity}")
                        .because("Infinity")
                        .refused(400, "/value"),
                number("{\"asOf\": \"2024-06-30\", \"value\": -Infinity}")
                        .because("minus Infinity")
                        .refused(400, "/value"),
                number("{\"asOf\": \"2024-06-30\", \"value\": 1e400}")
                        .because("beyond a double")
                        .refused(400, "/value"),
                number("{\"asOf\": \"2024-06-30\", \"value\": \"NaN\"}")
                        .because("NaN as text")
                        .refused(400, "/value"),
                number("{\"asOf\": \"2024-06-30\", \"value\": \"Infinity\"}")
                        .because("Infinity as text")
                        .refused(400, "/value"),
                number("{\"asOf\": \"2024-06-30\", \"value\": true}")
                        .because("a boolean for a number")
                        .refused(400, "/value"),
                number("{\"asOf\": \"2024-06-30\"}").because("no value").refused(400, "/value"),
                post(measurement("B1.1"))
                        .json("{\"asOf\": \"2024-06-30\", \"value\": 100.5}")
                        .because("a percentage over 100")
                        .refused(400, "/value"),
                post(measurement("B2.1"))
                        .json("{\"asOf\": \"2024-06-30\", \"value\": \"yes\"}")
                        .because("a word for a boolean")
                        .refused(400, "/value"),
                post(measurement("B15.1"))
                        .json("{\"asOf\": \"2024-06-30\", \"value\": \"2021-02-30\"}")
                        .because("a milestone on the 30th of February")
                        .refused(400, "/value"),
                post(measurement("B15.1"))
                        .json("{\"asOf\": \"2024-06-30\", \"value\": \"0000-01-01\"}")
                        .because("a milestone in year 0")
                        .refused(400, "/value"),
                number("{\"asOf\": \"2024-06-30\", \"value\": 3, \"note\": \"" + longText(2001) + "\"}")
                        .because("a note of 2,001 characters")
                        .refused(400, "/note"),
                number("{\"asOf\": \"2024-06-30\", \"value\": 3, \"note\": \"a\\u0000b\"}")
                        .because("a NUL in the note")
                        .refused(400, "/note"),
                number("{\"asOf\": \"2024-06-30\", \"value\": 3, \"note\": 42}")
                        .because("a number as note")
                        .refused(400, "/note"),
                number("[{\"asOf\": \"2024-06-30\", \"value\": 3}]")
                        .because("an array")
                        .refused(400, ""),
                number("").because("no body").refused(400, ""),
                post(measurement("NOPE"))
                        .json("{\"asOf\": \"2024-06-30\", \"value\": 3}")
                        .because("an indicator that does not exist")
                        .refused(404, "indicatorCode"),
                post(measurement("B1.2"))
                        .as("trainex-host")
                        .json("{\"asOf\": \"2024-06-30\", \"value\": 3}")
                        .because("another tenant's indicator")
                        .refused(404, "code"),
                post(measurement("B1.2"))
                        .csv("indicatorCode,asOf,value,note\nB1.2,2024-06-30,3,\n")
                        .because("CSV sent to the JSON route")
                        .refused(415, ""),
                post(measurement("B1.2"))
                        .anonymous()
                        .json("{\"asOf\": \"2024-06-30\", \"value\": 3}")
                        .because("no credentials")
                        .refused(401, ""),
                post(measurement("B1.2"))
                        .json("{\"asOf\": \"2024-06-30\", \"value\": 3}")
                        .header("Accept", "text/html")
                        .because("asks for HTML")
                        .refused(406, ""));
    }

    static Stream<HostileRequest> benchmarksAndTemplate() {
        return Stream.of(
                get(OPERATION + "/benchmarks?asOf=2021-02-30")
                        .because("the 30th of February")
                        .refused(400, "asOf"),
                get(OPERATION + "/benchmarks?asOf=%2B99999-01-01")
                        .because("a five-digit year")
                        .refused(400, "asOf"),
                get(OPERATION + "/benchmarks?asOf=0000-01-01").because("year 0").refused(400, "asOf"),
                get(OPERATION + "/benchmarks")
                        .as("trainex-host")
                        .because("another tenant's benchmarks")
                        .refused(404, "code"),
                get(OPERATION + "/measurements/template.csv")
                        .as("trainex-host")
                        .because("another tenant's template")
                        .refused(404, "code"),
                get(OPERATION + "/measurements/template.csv")
                        .header("Accept", "application/json")
                        .because("the template asked for as JSON")
                        .refused(406, ""),
                post(OPERATION + "/measurements/template.csv")
                        .csv("indicatorCode,asOf,value,note\n")
                        .because("posts to the template")
                        .refused(405, ""),
                get(OPERATION + "/measurements")
                        .because("reads the upload route")
                        .refused(405, ""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("measurements")
    void aMeasurementIsRefusedNamingItsFieldAndNothingIsStored(HostileRequest request) {
        assertRefused(request);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("benchmarksAndTemplate")
    void benchmarksAndTheTemplateRefuseHostileRequests(HostileRequest request) {
        assertRefused(request);
    }
}
