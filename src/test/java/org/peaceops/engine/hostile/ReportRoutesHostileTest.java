package org.peaceops.engine.hostile;

import static org.peaceops.engine.hostile.HostileRequest.get;
import static org.peaceops.engine.hostile.HostileRequest.post;
import static org.peaceops.engine.hostile.HostileRequest.request;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.peaceops.engine.EngineTest;

/**
 * The transition status report's asOf, and an operation's reviews, reports and their periods: dates
 * that cannot exist, periods out of range, callers who may not.
 */
@EngineTest
class ReportRoutesHostileTest extends HostileApiTest {

    private static final String STATUS = "/api/reports/transition-status";

    static Stream<HostileRequest> transitionStatus() {
        return Stream.of(
                get(STATUS + "?asOf=0000-01-01").because("year 0").refused(400, "asOf"),
                get(STATUS + "?asOf=%2B99999-01-01")
                        .because("a five-digit year")
                        .refused(400, "asOf"),
                get(STATUS + "?asOf=-0001-01-01")
                        .because("a year before the era")
                        .refused(400, "asOf"),
                get(STATUS + "?asOf=2021-02-30").because("the 30th of February").refused(400, "asOf"),
                get(STATUS + "?asOf=2023-02-29")
                        .because("the 29th of February of no leap year")
                        .refused(400, "asOf"),
                get(STATUS + "?asOf=1945-10-23")
                        .because("the day before the Charter")
                        .refused(400, "asOf"),
                get(STATUS + "?asOf=2101-01-01").because("the next century").refused(400, "asOf"),
                get(STATUS + "?asOf=2024-6-30").because("a month of one digit").refused(400, "asOf"),
                get(STATUS + "?asOf=30/06/2024").because("a day-first date").refused(400, "asOf"),
                get(STATUS + "?asOf=2024-06-30T00:00")
                        .because("a date with a time")
                        .refused(400, "asOf"),
                get(STATUS + "?asOf=").because("an empty date").refused(400, "asOf"),
                get(STATUS + "?asOf=yesterday").because("a word").refused(400, "asOf"),
                get(STATUS + "?asOf=%00").because("a NUL").refused(400, "asOf"),
                get(STATUS + "?format=xml")
                        .because("a format it does not write")
                        .refused(400, "format"),
                get(STATUS + "?format=JSON").because("a format in capitals").refused(400, "format"),
                get(STATUS)
                        .header("Accept", "image/png")
                        .because("asks for a picture")
                        .refused(406, ""),
                get(STATUS).anonymous().because("no credentials").refused(401, ""),
                post(STATUS).json("{}").because("posts to a report").refused(405, ""));
    }

    static Stream<HostileRequest> reviewsAndReports() {
        String reviews = "/api/operations/MONUSCO/reviews";
        String reviewPeriod = "/api/operations/MONUSCO/review-period";
        String reportPeriod = "/api/operations/MONUSCO/report-period";
        return Stream.of(
                post(reviews)
                        .as("monusco-host")
                        .because("the host does not schedule")
                        .refused(403, ""),
                post(reviews)
                        .as("transition-officer")
                        .because("the transition cell does not schedule")
                        .refused(403, ""),
                post(reviews)
                        .as("trainex-host")
                        .because("another tenant's operation")
                        .refused(404, "code"),
                post("/api/operations/NOPE/reviews")
                        .because("an operation that does not exist")
                        .refused(404, "code"),
                post("/api/operations/UNAMID/reviews")
                        .because("an operation without lifecycle")
                        .refused(409, ""),
                post(reviews).anonymous().because("no credentials").refused(401, ""),
                post(reviews)
                        .header("Accept", "image/png")
                        .because("asks for a picture")
                        .refused(406, ""),
                request("DELETE", reviews).because("deletes the reviews").refused(405, ""),
                get(reviews)
                        .as("trainex-host")
                        .because("another tenant's reviews")
                        .refused(404, "code"),
                request("PUT", reviewPeriod)
                        .json("{\"period\": \"P2D\"}")
                        .because("two days")
                        .refused(400, "/period"),
                request("PUT", reviewPeriod)
                        .json("{\"period\": \"P1Y1D\"}")
                        .because("over a year")
                        .refused(400, "/period"),
                request("PUT", reviewPeriod)
                        .json("{\"period\": \"-P1M\"}")
                        .because("a negative period")
                        .refused(400, "/period"),
                request("PUT", reviewPeriod)
                        .json("{\"period\": null}")
                        .because("no period")
                        .refused(400, "/period"),
                request("PUT", reviewPeriod)
                        .json("{\"period\": 3}")
                        .because("a number")
                        .refused(400, "/period"),
                request("PUT", reviewPeriod)
                        .json("[\"P1M\"]")
                        .because("an array")
                        .refused(400, "/period"),
                request("PUT", reviewPeriod)
                        .json("{\"period\": ")
                        .because("JSON cut short")
                        .refused(400, "/period"),
                request("PUT", reviewPeriod)
                        .withBody("period=P1M")
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .because("a form instead of JSON")
                        .refused(415, ""),
                request("PUT", reviewPeriod)
                        .as("monusco-unct")
                        .json("{\"period\": \"P1M\"}")
                        .because("the country team does not schedule")
                        .refused(403, ""),
                get("/api/operations/MONUSCO/council-reports")
                        .as("trainex-host")
                        .because("another tenant's reports")
                        .refused(404, "code"),
                request("PUT", reportPeriod)
                        .json("{\"period\": \"P0D\"}")
                        .because("no time at all")
                        .refused(400, "/period"),
                request("PUT", reportPeriod)
                        .json("{\"period\": \"P" + "9".repeat(40) + "D\"}")
                        .because("a period too large to count")
                        .refused(400, "/period"),
                request("PUT", "/api/operations/NOPE/report-period")
                        .json("{\"period\": \"P60D\"}")
                        .because("an operation that does not exist")
                        .refused(404, "code"),
                request("PUT", reportPeriod)
                        .as("monusco-host")
                        .json("{\"period\": \"P60D\"}")
                        .because("the host does not schedule")
                        .refused(403, ""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("transitionStatus")
    void theTransitionStatusReportRefusesDatesThatCannotExistAndOddRequests(HostileRequest request) {
        assertRefused(request);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("reviewsAndReports")
    void reviewAndReportRoutesRefuseHostileRequestsAndMoveNoTimer(HostileRequest request) {
        assertRefused(request);
    }
}
