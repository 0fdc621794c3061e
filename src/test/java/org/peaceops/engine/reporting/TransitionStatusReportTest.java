package org.peaceops.engine.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.peaceops.engine.EngineTest;
import org.peaceops.engine.RestClient;
import org.peaceops.engine.demo.ReferencePortfolio;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * GET /api/reports/transition-status: which operations a day's report holds (the 24-month window
 * at its edges), what it counts as of that day, and its three formats. Each test imports operations
 * of its own, with a suffix, and reads only those: the context is shared with other tests.
 */
@EngineTest
class TransitionStatusReportTest {

    @LocalServerPort
    int port;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Autowired
    ReferencePortfolio reference;

    @Autowired
    ObjectMapper json;

    String suffix;

    @BeforeEach
    void aSuffixForThisTestsOperations() {
        suffix = "-" + UUID.randomUUID().toString().substring(0, 5).toUpperCase();
    }

    @Test
    void theReferencePortfolioOnThe30thOfJune2022HoldsMonuscoInTransitionAndUnamidAndUniogbisTransitioned() {
        ObjectNode document = (ObjectNode) reference.document().deepCopy();
        document.withArray("operations")
                .forEach(o -> ((ObjectNode) o).put("code", o.path("code").asText() + suffix));
        assertThat(rest().post("/api/portfolio", "hq-planner", document).status())
                .isEqualTo(201);

        assertThat(statuses(report("2022-06-30")))
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        "MONUSCO" + suffix, "IN_TRANSITION",
                        "UNAMID" + suffix, "TRANSITIONED",
                        "UNIOGBIS" + suffix, "TRANSITIONED"));
        // and the demo's own import of the same portfolio, under the real codes, beside the exercise
        var demo = java.util.List.of("MONUSCO", "UNAMID", "UNIOGBIS", "UNMIL", "UNOCI", "MINUJUSTH", "TRAINEX");
        assertThat(StreamSupport.stream(report("2022-06-30").path("operations").spliterator(), false)
                        .filter(o -> demo.contains(o.path("code").asText()))
                        .map(o ->
                                o.path("code").asText() + " " + o.path("status").asText()))
                .containsExactlyInAnyOrder("MONUSCO IN_TRANSITION", "UNAMID TRANSITIONED", "UNIOGBIS TRANSITIONED");
    }

    @ParameterizedTest(name = "completed {1}, as of {2}: {3}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
    # operation | completed on | as of      | in the report as
    OUT         | 2022-06-30   | 2024-06-30 | (absent)
    IN          | 2024-06-30   | 2024-06-30 | TRANSITIONED
    NEXT        | 2024-07-01   | 2024-06-30 | IN_TRANSITION
    LEAP        | 2020-02-29   | 2022-02-28 | TRANSITIONED
    EVE         | 2020-02-28   | 2022-02-28 | (absent)
    """)
    void theTwentyFourMonthWindowHoldsAtItsEdges(String name, String completedOn, String asOf, String expected) {
        String code = name + suffix;
        importOperation(code, "2019-01-15", completedOn, "");

        assertThat(statuses(report(asOf)).getOrDefault(code, "(absent)")).isEqualTo(expected);
    }

    @Test
    void aTransitionNotYetStartedOnTheDayIsNotInItsReport() {
        String code = "LATE" + suffix;
        importOperation(code, "2024-07-01", null, "");

        assertThat(statuses(report("2024-06-30"))).doesNotContainKey(code);
        assertThat(statuses(report("2024-07-01"))).containsEntry(code, "IN_TRANSITION");
    }

    @Test
    void measurementsSiteClosuresAndAdviceDatedAfterTheDayAreIgnored() {
        String code = "ASOF" + suffix;
        importOperation(
                code,
                "2023-01-15",
                null,
                """
                ,"benchmarks": [{"code": "B1", "title": "Police | deployed", "category": "SECURITY",
                  "indicators": [{"code": "B1.1", "name": "Officers", "type": "NUMBER", "target": 10,
                    "measurements": [{"asOf": "2024-06-01", "value": 5}, {"asOf": "2024-07-10", "value": 12}]}]}],
                 "phases": [{"seq": 1, "name": "All", "status": "ONGOING", "sites": [
                  {"name": "Alpha", "type": "BASE", "status": "HANDED_OVER", "closedOn": "2024-05-01"},
                  {"name": "Bravo", "type": "BASE", "status": "HANDED_OVER", "closedOn": "2024-07-15"},
                  {"name": "Charlie", "type": "CAMP"}]}],
                 "consultations": [
                  {"counterpart": "PEACEBUILDING_COMMISSION", "date": "2024-05-02", "topic": "Financing"},
                  {"counterpart": "PEACEBUILDING_COMMISSION", "date": "2024-08-01", "topic": "Later"}]""");

        JsonNode june = operation(report("2024-06-30"), code);
        assertThat(june.path("benchmarks").get(0).path("status").asText()).isEqualTo("ON_TRACK");
        assertThat(june.path("sites").path("total").asInt()).isEqualTo(3);
        assertThat(june.path("sites").path("closed").asInt()).isEqualTo(1);
        assertThat(june.path("lastPbcAdvice").path("date").asText()).isEqualTo("2024-05-02");

        JsonNode august = operation(report("2024-08-31"), code);
        assertThat(august.path("benchmarks").get(0).path("status").asText()).isEqualTo("ACHIEVED");
        assertThat(august.path("sites").path("closed").asInt()).isEqualTo(2);
        assertThat(august.path("lastPbcAdvice").path("date").asText()).isEqualTo("2024-08-01");
    }

    @Test
    void theJsonHoldsEveryFieldOfTheContract() {
        String code = "JSON" + suffix;
        importOperation(code, "2023-03-01", "2024-03-31", "");

        JsonNode report = report("2024-06-30");
        assertThat(report.path("asOf").asText()).isEqualTo("2024-06-30");
        JsonNode operation = operation(report, code);
        assertThat(operation.path("name").asText()).isEqualTo("Report test " + code);
        assertThat(operation.path("status").asText()).isEqualTo("TRANSITIONED");
        assertThat(operation.path("startedOn").asText()).isEqualTo("2023-03-01");
        assertThat(operation.path("completedOn").asText()).isEqualTo("2024-03-31");
        assertThat(operation.path("stage").asText())
                .as("today's stage: more than 24 months after it completed")
                .isEqualTo("COMPLETED");
        assertThat(operation.path("benchmarks").isArray()).isTrue();
        assertThat(operation.path("sites").path("total").asInt()).isZero();
        assertThat(operation.path("lastPbcAdvice").isNull()).isTrue();
        assertThat(operation.path("openEscalations").asInt()).isZero();
    }

    @Test
    void theMarkdownHasASectionPerOperationToPasteIntoAReport() {
        String code = "MD" + suffix;
        importOperation(
                code,
                "2023-01-15",
                null,
                """
                ,"benchmarks": [{"code": "B1", "title": "Police | deployed", "category": "SECURITY", "minimumCondition": true}]""");

        var response = rest().get("/api/reports/transition-status?asOf=2024-06-30&format=md", "hq-planner");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body())
                .startsWith("# Transition status report as of 2024-06-30")
                .contains("## " + code + ": Report test " + code + "\n")
                .contains("- Status: in transition since 2023-01-15")
                .contains("- Sites closed: 0 of 0")
                .contains("| B1: Police \\| deployed | NO_DATA |");
    }

    @Test
    void theCsvHasARowPerOperationWithItsBenchmarksCountedByStatus() {
        String code = "CSV" + suffix;
        importOperation(
                code,
                "2023-01-15",
                null,
                """
                ,"benchmarks": [{"code": "B1", "title": "One", "category": "SECURITY"},
                                {"code": "B2", "title": "Two", "category": "POLITICAL"}]""");

        var response = rest().get("/api/reports/transition-status?asOf=2024-06-30&format=csv", "hq-planner");

        assertThat(response.status()).isEqualTo(200);
        var lines = response.body().lines().toList();
        assertThat(lines.get(0))
                .isEqualTo("asOf,code,name,status,startedOn,completedOn,stage,sitesTotal,sitesClosed,lastPbcAdvice,"
                        + "openEscalations,benchmarksAchieved,benchmarksOnTrack,benchmarksAtRisk,benchmarksOffTrack,"
                        + "benchmarksNoData,lastRelapseCheck,relapseRisk,forecastDate,forecastReason,hrddpSupport,"
                        + "hrddpSupportWithConditions,hrddpWithheld");
        assertThat(lines)
                .contains("2024-06-30," + code + ",Report test " + code
                        + ",IN_TRANSITION,2023-01-15,,CLOSURE,0,0,,0,0,0,0,0,2,,,,too little data,0,0,0");
    }

    @ParameterizedTest(name = "{0}={1} is refused")
    @CsvSource({"asOf, 2024-02-30", "asOf, 30/06/2024", "format, pdf"})
    void aBadParameterIsRefusedWithItsName(String parameter, String value) {
        String query = parameter.equals("asOf") ? "asOf=" + value : "asOf=2024-06-30&format=" + value;

        var response = rest().get("/api/reports/transition-status?" + query, "hq-planner");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().path("errors").get(0).path("path").asText()).isEqualTo(parameter);
        assertThat(response.json().path("errors").get(0).path("message").asText())
                .contains(value);
    }

    @Test
    void aTransitionedOperationShowsItsLatestCheckForRelapseAsOfTheDay() {
        String code = "WATCH" + suffix;
        importOperation(code, "2023-03-01", "2024-03-31", "");
        relapseCheck(code, "2024-06-30T10:00:00Z", 1, false, null, null);
        relapseCheck(code, "2024-09-30T10:00:00Z", 2, true, "a political crisis", "COUNCIL");

        JsonNode first = operation(report("2024-08-01"), code).path("lastRelapseCheck");
        assertThat(first.path("checkedOn").asText()).isEqualTo("2024-06-30");
        assertThat(first.path("relapseRisk").asBoolean()).isFalse();
        JsonNode second = operation(report("2024-09-30"), code).path("lastRelapseCheck");
        assertThat(second.path("quarter").asInt()).isEqualTo(2);
        assertThat(second.path("relapseRisk").asBoolean()).isTrue();
        assertThat(second.path("referral").asText()).isEqualTo("COUNCIL");
        assertThat(rest().get("/api/reports/transition-status?asOf=2024-09-30&format=md", "hq-planner")
                        .body())
                .contains("- Post-transition monitoring: last check on 2024-09-30 (quarter 2): risk of relapse,"
                        + " a political crisis, referred to COUNCIL");
        assertThat(rest().get("/api/reports/transition-status?asOf=2024-09-30&format=csv", "hq-planner")
                        .body())
                .contains(code + ",Report test " + code + ",TRANSITIONED,2023-03-01,2024-03-31,")
                .contains(",2024-09-30,true");
        assertThat(operation(report("2024-06-29"), code)
                        .path("lastRelapseCheck")
                        .isNull())
                .as("before the first check")
                .isTrue();
    }

    private void relapseCheck(String code, String at, int quarter, boolean risk, String findings, String referral) {
        jdbc.sql(
                        """
                insert into relapse_check (operation_code, quarter, protection_incidents, political_stability,
                    funding_percent, assessment, relapse_risk, findings, checked_by, checked_at, referral)
                values (?, ?, 'STABLE', ?, 80, 'RC office assessment', ?, ?, 'rc-officer', ?, ?)""")
                .params(
                        code,
                        quarter,
                        risk ? "CRISIS" : "STABLE",
                        risk,
                        findings,
                        java.sql.Timestamp.from(java.time.Instant.parse(at)),
                        referral)
                .update();
    }

    @Test
    void anOperationsStaffSeeOnlyTheirOperationsAndAnonymousCallersNothing() {
        String code = "STAFF" + suffix;
        importOperation(code, "2023-01-15", null, "");

        var staff = rest().get("/api/reports/transition-status?asOf=2024-06-30", "monusco-leadership")
                .json();
        assertThat(staff.path("operations").findValuesAsText("code")).doesNotContain(code);
        assertThat(rest().get("/api/reports/transition-status", null).status()).isEqualTo(401);
    }

    /** An ongoing transition at CLOSURE (which runs no lifecycle yet), or a completed one. */
    private void importOperation(String code, String startedOn, String completedOn, String more) {
        String transition = completedOn == null
                ? "{\"trigger\": \"PLANNED\", \"startedOn\": \"%s\", \"stage\": \"CLOSURE\"}".formatted(startedOn)
                : "{\"trigger\": \"PLANNED\", \"startedOn\": \"%s\", \"completedOn\": \"%s\"}"
                        .formatted(startedOn, completedOn);
        String document =
                """
                {"format": "transition-portfolio/1", "operations": [{"code": "%s", "name": "Report test %s",
                  "type": "SPM", "hostCountry": "XAR", "transition": %s %s}]}"""
                        .formatted(code, code, transition, more);
        try {
            var response = rest().post("/api/portfolio", "hq-planner", json.readTree(document));
            assertThat(response.status()).as(response.body()).isEqualTo(201);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private JsonNode report(String asOf) {
        var response = rest().get("/api/reports/transition-status?asOf=" + asOf, "hq-planner");
        assertThat(response.status()).isEqualTo(200);
        return response.json();
    }

    /** This test's operations in the report, with their status. */
    private Map<String, String> statuses(JsonNode report) {
        Map<String, String> statuses = new LinkedHashMap<>();
        StreamSupport.stream(report.path("operations").spliterator(), false)
                .filter(o -> o.path("code").asText().endsWith(suffix))
                .forEach(o ->
                        statuses.put(o.path("code").asText(), o.path("status").asText()));
        return statuses;
    }

    private JsonNode operation(JsonNode report, String code) {
        return StreamSupport.stream(report.path("operations").spliterator(), false)
                .filter(o -> o.path("code").asText().equals(code))
                .findFirst()
                .orElseThrow(() -> new AssertionError(code + " not in the report of " + report.path("asOf")));
    }

    private RestClient rest() {
        return new RestClient(port);
    }
}
