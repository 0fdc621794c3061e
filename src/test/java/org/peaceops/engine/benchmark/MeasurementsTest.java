package org.peaceops.engine.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.peaceops.engine.EngineTest;
import org.peaceops.engine.RestClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Measurements one by one and by spreadsheet: typed, not in the future, nothing ever lost. */
@EngineTest
class MeasurementsTest {

    @LocalServerPort
    int port;

    @Autowired
    BenchmarkRecords records;

    RestClient rest;
    String code;

    @BeforeEach
    void anImportedOperation() {
        rest = new RestClient(port);
        code = "MEAS-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        var document = Map.of(
                "format",
                "transition-portfolio/1",
                "operations",
                List.of(Map.of(
                        "code",
                        code,
                        "name",
                        "Measurement test " + code,
                        "type",
                        "SPM",
                        "hostCountry",
                        "XAR",
                        "transition",
                        Map.of("trigger", "PLANNED", "startedOn", "2025-01-15", "completedOn", "2025-12-31"),
                        "benchmarks",
                        List.of(Map.of(
                                "code",
                                "B1",
                                "title",
                                "Protection",
                                "category",
                                "PROTECTION_OF_CIVILIANS",
                                "indicators",
                                List.of(
                                        Map.of(
                                                "code",
                                                "I1",
                                                "name",
                                                "Incidents",
                                                "type",
                                                "NUMBER",
                                                "baseline",
                                                40,
                                                "target",
                                                10),
                                        Map.of(
                                                "code",
                                                "I2",
                                                "name",
                                                "Coverage",
                                                "type",
                                                "PERCENT",
                                                "baseline",
                                                20,
                                                "target",
                                                80),
                                        Map.of("code", "I3", "name", "Plan adopted", "type", "MILESTONE")))))));
        assertThat(rest.post("/api/portfolio", "hq-planner", document).status()).isEqualTo(201);
    }

    @Test
    void aSecondValueForTheSameDateSupersedesTheFirstAndBothAreKept() {
        var first = post("I1", Map.of("asOf", "2025-06-30", "value", 30, "note", "first count"));
        var second = post("I1", Map.of("asOf", "2025-06-30", "value", 28, "note", "corrected"));

        assertThat(first.status()).isEqualTo(201);
        assertThat(second.status()).isEqualTo(201);
        var kept = records.measurements(code, "I1");
        assertThat(kept).extracting(BenchmarkRecords.MeasurementRecord::value).containsExactly("30", "28");
        assertThat(kept.get(0).supersededBy()).isEqualTo(kept.get(1).id());
        assertThat(kept.get(1).supersededBy()).isNull();
        var benchmarks = rest.get("/api/operations/" + code + "/benchmarks", "hq-planner")
                .json();
        assertThat(benchmarks
                        .get(0)
                        .path("indicators")
                        .get(0)
                        .path("latest")
                        .path("value")
                        .asText())
                .isEqualTo("28");
    }

    @ParameterizedTest(name = "{0}: refused at {2}")
    @CsvSource(
            delimiter = '|',
            value = {
                "a date in the future | {\"asOf\": \"2999-01-01\", \"value\": 3} | /asOf",
                "an impossible date | {\"asOf\": \"2025-02-30\", \"value\": 3} | /asOf",
                "no date | {\"value\": 3} | /asOf",
                "a word for a number | {\"asOf\": \"2025-06-30\", \"value\": \"many\"} | /value",
                "no value | {\"asOf\": \"2025-06-30\"} | /value"
            })
    void aBadMeasurementIsRefusedNamingTheFieldAndNothingIsStored(String problem, String body, String path) {
        var response = rest.postRaw("/api/operations/" + code + "/indicators/I1/measurements", "hq-planner", body);

        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.json().path("errors").findValuesAsText("path")).contains(path);
        assertThat(records.measurements(code, "I1")).isEmpty();
    }

    @Test
    void aPercentageAbove100IsRefused() {
        var response = post("I2", Map.of("asOf", "2025-06-30", "value", 120));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().path("errors").get(0).path("message").asText())
                .contains("between 0 and 100");
    }

    @Test
    void anUnknownIndicatorIsNotFound() {
        var response = post("I9", Map.of("asOf", "2025-06-30", "value", 1));

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.json().path("errors").get(0).path("path").asText()).isEqualTo("indicatorCode");
    }

    @Test
    void aSpreadsheetIsStoredWhole() {
        String csv =
                """
                indicatorCode,asOf,value,note
                I1,2025-03-31,35,"Q1, after the Beni incidents"
                I2,2025-03-31,25.5,
                I3,2025-03-31,2025-03-15,adopted by decree
                """;

        var response = rest.postRaw("/api/operations/" + code + "/measurements", "hq-planner", "text/csv", csv);

        assertThat(response.status()).as(response.body()).isEqualTo(201);
        assertThat(response.json().path("stored").asInt()).isEqualTo(3);
        assertThat(records.measurements(code, "I1").get(0).note()).isEqualTo("Q1, after the Beni incidents");
        assertThat(records.measurements(code, "I3").get(0).value()).isEqualTo("2025-03-15");
    }

    @Test
    void aSpreadsheetWithABadLineIsRefusedWholeNamingTheLine() {
        String csv =
                """
                indicatorCode,asOf,value,note
                I1,2025-03-31,35,
                I2,2025-03-31,250,
                I1,2999-03-31,35,
                I7,2025-03-31,1,
                """;

        var response = rest.postRaw("/api/operations/" + code + "/measurements", "hq-planner", "text/csv", csv);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().path("errors").findValuesAsText("path"))
                .containsExactly("line 3", "line 4", "line 5");
        assertThat(records.measurements(code, "I1")).isEmpty();
    }

    @Test
    void aSpreadsheetWithTheWrongHeaderIsRefused() {
        var response = rest.postRaw(
                "/api/operations/" + code + "/measurements",
                "hq-planner",
                "text/csv",
                "indicator,date,value\nI1,2025-03-31,3\n");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().path("errors").get(0).path("path").asText()).isEqualTo("line 1");
    }

    @Test
    void theTemplateListsTheOperationsIndicators() {
        var template = rest.get("/api/operations/" + code + "/measurements/template.csv", "hq-planner");

        assertThat(template.status()).isEqualTo(200);
        assertThat(template.body().lines()).containsExactly("indicatorCode,asOf,value,note", "I1,,,", "I2,,,", "I3,,,");
    }

    @Test
    void everyApiRouteAnswersAnotherTenantsStaffAsIfTheOperationDidNotExist() {
        for (String operation : List.of(code, "NO-SUCH-OP")) {
            assertThat(rest.get("/api/operations/" + operation, "trainex-host").status())
                    .isEqualTo(404);
            assertThat(rest.get("/api/operations/" + operation + "/benchmarks", "trainex-host")
                            .status())
                    .isEqualTo(404);
            assertThat(rest.get("/api/operations/" + operation + "/measurements/template.csv", "trainex-host")
                            .status())
                    .isEqualTo(404);
            assertThat(rest.postRaw(
                                    "/api/operations/" + operation + "/indicators/I1/measurements",
                                    "trainex-host",
                                    "{\"asOf\": \"2025-06-30\", \"value\": 3}")
                            .status())
                    .isEqualTo(404);
            assertThat(rest.postRaw(
                                    "/api/operations/" + operation + "/measurements",
                                    "trainex-host",
                                    "text/csv",
                                    "indicatorCode,asOf,value,note\nI1,2025-06-30,3,\n")
                            .status())
                    .isEqualTo(404);
        }
        assertThat(records.measurements(code, "I1")).isEmpty();
        var own = rest.get("/api/operations/TRAINEX", "trainex-host");
        assertThat(own.status()).isEqualTo(200);
    }

    private RestClient.Response post(String indicator, Map<String, Object> body) {
        return rest.post("/api/operations/" + code + "/indicators/" + indicator + "/measurements", "hq-planner", body);
    }
}
