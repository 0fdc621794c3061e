package org.peaceops.engine.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peaceops.engine.EngineTest;
import org.peaceops.engine.RestClient;
import org.peaceops.engine.RoundTripCounter;
import org.peaceops.engine.benchmark.BenchmarkStatuses;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The status report and an operation's benchmarks read each kind of data once for all the
 * operations and benchmarks they show (the report's values in at most eight parts, read side by
 * side): their JDBC round trips (the whole request, sign-in included) stay the same however many
 * more operations, benchmarks, measurements, sites, consultations, escalations, checks for relapse
 * and human rights screenings there are, and within the 60 of the performance target.
 */
@EngineTest
class ReportRoundTripsTest {

    static final int TARGET = 60;
    static final String REPORT = "/api/reports/transition-status?asOf=2024-06-30";

    @LocalServerPort
    int port;

    @Autowired
    RoundTripCounter roundTrips;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ObjectMapper json;

    String suffix;

    @BeforeEach
    void aSuffixForThisTestsOperations() {
        suffix = "-" + UUID.randomUUID().toString().substring(0, 5).toUpperCase();
    }

    @Test
    void theReportTakesAsManyRoundTripsForTwentyOperationsAsForEight() {
        // from as many operations as the values are read in parts on (one more query a part, up to eight)
        List<String> mine = new ArrayList<>(importOperations(0, BenchmarkStatuses.PARTS, 3));
        get(REPORT); // the first reading of the deployed decisions is not the report's
        long forEight = roundTrips.of(() -> get(REPORT));
        long csvForEight = roundTrips.of(() -> get(REPORT + "&format=csv"));

        mine.addAll(importOperations(BenchmarkStatuses.PARTS, 20, 3));
        // new operations open tenants, an identity change: the caller's remembered sign-in is read again once
        get(REPORT);
        long forTwenty = roundTrips.of(() -> get(REPORT));
        long csvForTwenty = roundTrips.of(() -> get(REPORT + "&format=csv"));

        JsonNode report = get(REPORT);
        List<JsonNode> reported = StreamSupport.stream(report.path("operations").spliterator(), false)
                .filter(o -> mine.contains(o.path("code").asText()))
                .toList();
        assertThat(reported).hasSize(20).allSatisfy(operation -> {
            assertThat(operation.path("benchmarks").findValuesAsText("status"))
                    .containsExactly("ACHIEVED", "ON_TRACK", "NO_DATA");
            assertThat(operation.path("sites").path("closed").asInt()).isEqualTo(1);
            assertThat(operation.path("lastPbcAdvice").path("topic").asText()).isEqualTo("Financing");
            assertThat(operation.path("openEscalations").asInt()).isEqualTo(1);
            assertThat(operation.path("lastRelapseCheck").path("quarter").asInt())
                    .isEqualTo(1);
            assertThat(operation.path("hrddpScreenings").findValuesAsText("decision"))
                    .containsExactly("SUPPORT", "SUPPORT");
        });
        assertThat(forTwenty)
                .as("JSON, twenty operations vs eight")
                .isEqualTo(forEight)
                .isPositive()
                .isLessThanOrEqualTo(TARGET);
        assertThat(csvForTwenty).as("CSV, twenty operations vs eight").isEqualTo(csvForEight);
    }

    @Test
    void anOperationsBenchmarksTakeAsManyRoundTripsForSixBenchmarksAsForOne() {
        String one = importOperations(0, 1, 1).get(0);
        String six = importOperations(1, 2, 6).get(0);
        get("/api/operations/" + one + "/benchmarks");

        long forOne = roundTrips.of(() -> get("/api/operations/" + one + "/benchmarks"));
        long forSix = roundTrips.of(() -> get("/api/operations/" + six + "/benchmarks"));
        long operationWithOne = roundTrips.of(() -> get("/api/operations/" + one));
        long operationWithSix = roundTrips.of(() -> get("/api/operations/" + six));

        assertThat(get("/api/operations/" + six + "/benchmarks")).hasSize(6);
        assertThat(forSix)
                .as("/benchmarks, six benchmarks vs one")
                .isEqualTo(forOne)
                .isPositive();
        assertThat(operationWithSix)
                .as("/api/operations/{code}, six benchmarks vs one")
                .isEqualTo(operationWithOne);
    }

    /**
     * Operations number from to until (excluded), in transition since 2023, each with the benchmarks
     * (two indicators, three values each; the third benchmark and later unmeasured), a phase of two
     * sites, one closed, a consultation with the Peacebuilding Commission, an open escalation and a
     * check for relapse; their codes.
     */
    private List<String> importOperations(int from, int until, int benchmarks) {
        List<String> codes =
                IntStream.range(from, until).mapToObj(n -> "RT" + n + suffix).toList();
        String operations = codes.stream()
                .map(code ->
                        """
                {"code": "%s", "name": "Round trips %s", "type": "SPM", "hostCountry": "XAR",
                 "transition": {"trigger": "PLANNED", "startedOn": "2023-01-15", "stage": "CLOSURE"},
                 "benchmarks": [%s],
                 "phases": [{"seq": 1, "name": "All", "status": "ONGOING", "sites": [
                  {"name": "Alpha", "type": "BASE", "status": "HANDED_OVER", "closedOn": "2024-05-01"},
                  {"name": "Bravo", "type": "CAMP"}]}],
                 "consultations": [{"counterpart": "PEACEBUILDING_COMMISSION", "date": "2024-05-02",
                                    "topic": "Financing"}]}"""
                                .formatted(code, code, benchmarks(benchmarks)))
                .collect(Collectors.joining(","));
        post("{\"format\": \"transition-portfolio/1\", \"operations\": [" + operations + "]}");
        for (String code : codes) {
            jdbc.sql(
                            """
                    insert into escalation (operation_code, kind, reason, candidate_groups, opened_at)
                    values (?, 'OVERDUE_MEASUREMENT', 'no value this quarter', 'hq-task-force', ?)""")
                    .params(code, Timestamp.from(Instant.parse("2024-06-01T09:00:00Z")))
                    .update();
            jdbc.sql(
                            """
                    insert into relapse_check (operation_code, quarter, protection_incidents, political_stability,
                        funding_percent, assessment, relapse_risk, findings, checked_by, checked_at)
                    values (?, 1, 'STABLE', 'STABLE', 80, 'RC office assessment', false, null, 'rc-officer', ?)""")
                    .params(code, Timestamp.from(Instant.parse("2024-06-15T10:00:00Z")))
                    .update();
            jdbc.sql(
                            """
                    insert into hrddp_screening (operation_code, phase_id, site_id, receiving_unit, violation_risk,
                        risk_summary, mitigation, decision, screened_by, screened_at)
                    select p.operation_code, p.id, s.id, 'Gendarmerie', 'LOW', 'Record reviewed', 'Training',
                        'SUPPORT', 'hr-officer', ?
                    from site s join phase p on p.id = s.phase_id where p.operation_code = ?""")
                    .params(Timestamp.from(Instant.parse("2024-04-20T10:00:00Z")), code)
                    .update();
        }
        return codes;
    }

    /** B1 reaches its targets, B2 is on its way with no target date, the others are unmeasured. */
    private static String benchmarks(int count) {
        return IntStream.rangeClosed(1, count)
                .mapToObj(n -> {
                    String target = n == 1 ? "10" : "100";
                    String measurements = n > 2
                            ? "[]"
                            : """
                            [{"asOf": "2024-04-01", "value": 2}, {"asOf": "2024-05-01", "value": 6},
                             {"asOf": "2024-06-01", "value": 12}]""";
                    return """
                    {"code": "B%d", "title": "Benchmark %d", "category": "SECURITY",
                     "indicators": [
                      {"code": "B%d.1", "name": "One", "type": "NUMBER", "target": %s, "measurements": %s},
                      {"code": "B%d.2", "name": "Two", "type": "PERCENT", "target": %s, "measurements": %s}]}"""
                            .formatted(n, n, n, target, measurements, n, target, measurements);
                })
                .collect(Collectors.joining(","));
    }

    private void post(String document) {
        try {
            var response = new RestClient(port).post("/api/portfolio", "hq-planner", json.readTree(document));
            assertThat(response.status()).as(response.body()).isEqualTo(201);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private JsonNode get(String path) {
        var response = new RestClient(port).get(path, "hq-planner");
        assertThat(response.status()).as(path + ": " + response.body()).isEqualTo(200);
        return path.contains("format=csv") ? null : response.json();
    }
}
