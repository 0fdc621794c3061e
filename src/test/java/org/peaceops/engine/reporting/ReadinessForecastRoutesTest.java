package org.peaceops.engine.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peaceops.engine.EngineTest;
import org.peaceops.engine.RestClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The readiness forecast where people read it: per benchmark (and indicator) in GET
 * /api/operations/{code}, and per benchmark and operation in the status report's JSON, CSV and
 * Markdown. Each test imports operations of its own, with a suffix. The series lie on the line
 * 10 + x/3 (x in days from the first value), which reaches 100 on the 270th day.
 */
@EngineTest
class ReadinessForecastRoutesTest {

    @LocalServerPort
    int port;

    @Autowired
    ObjectMapper json;

    @Autowired
    Clock clock;

    @Autowired
    RuntimeService runtime;

    String suffix;

    @BeforeEach
    void aSuffixForThisTestsOperations() {
        suffix = "-" + UUID.randomUUID().toString().substring(0, 5).toUpperCase();
    }

    @Test
    void anOperationShowsEachBenchmarksForecastItsDateOrWhyNotAndTheMethod() {
        // the last value yesterday: the line reaches the target 209 days from now, whatever today is
        LocalDate first = LocalDate.now(clock).minusDays(61);
        String code = "FC" + suffix;
        importOperation(code, first, true);

        JsonNode benchmarks =
                rest().get("/api/operations/" + code, "hq-planner").json().path("benchmarks");

        JsonNode rising = benchmark(benchmarks, "B1").path("forecast");
        assertThat(rising.path("date").asText()).isEqualTo(first.plusDays(270).toString());
        assertThat(rising.path("met").asBoolean()).isFalse();
        assertThat(rising.path("method").asText()).isEqualTo("Theil–Sen");
        assertThat(rising.has("reason")).isFalse();
        assertThat(benchmark(benchmarks, "B1")
                        .path("indicators")
                        .get(0)
                        .path("forecast")
                        .path("date")
                        .asText())
                .isEqualTo(first.plusDays(270).toString());
        JsonNode flat = benchmark(benchmarks, "B2").path("forecast");
        assertThat(flat.path("reason").asText()).isEqualTo("not on current trend");
        assertThat(flat.has("date")).isFalse();
        assertThat(flat.path("method").asText()).isEqualTo("Theil–Sen");
        assertThat(benchmark(benchmarks, "B3").path("forecast").path("reason").asText())
                .isEqualTo("too little data");
    }

    @Test
    void theReportGivesEachBenchmarkItsForecastAndEachOperationItsLastBenchmarksInEveryFormat() {
        LocalDate first = LocalDate.of(2024, 1, 1);
        String onTrend = "ON" + suffix;
        String offTrend = "OFF" + suffix;
        importOperation(onTrend, first, false);
        importOperation(offTrend, first, true);
        String report = "/api/reports/transition-status?asOf=2024-03-31";

        JsonNode on = operation(rest().get(report, "hq-planner").json(), onTrend);
        assertThat(benchmark(on.path("benchmarks"), "B1")
                        .path("forecast")
                        .path("date")
                        .asText())
                .isEqualTo("2024-09-27");
        assertThat(on.path("forecast").path("date").asText())
                .as("its only benchmark's")
                .isEqualTo("2024-09-27");
        JsonNode off = operation(rest().get(report, "hq-planner").json(), offTrend);
        assertThat(off.path("forecast").path("reason").asText())
                .as("one benchmark not on trend")
                .isEqualTo("not on current trend");
        assertThat(off.path("forecast").path("method").asText()).isEqualTo("Theil–Sen");

        assertThat(rest().get(report + "&format=csv", "hq-planner").body().lines())
                .anyMatch(line -> line.startsWith("2024-03-31," + onTrend + ",") && line.endsWith(",2024-09-27,,0,0,0"))
                .anyMatch(line -> line.startsWith("2024-03-31," + offTrend + ",")
                        && line.endsWith(",,not on current trend,0,0,0"));
        assertThat(rest().get(report + "&format=md", "hq-planner").body())
                .contains("- Readiness forecast (all benchmarks met): by 2024-09-27\n")
                .contains("- Readiness forecast (all benchmarks met): not on current trend\n")
                .contains("| B1: Rising | ON_TRACK | by 2024-09-27 |")
                .contains("| B2: Flat | ON_TRACK | not on current trend |");
    }

    @Test
    void theReportNamesTheRunningLifecycleOfAnOperationAndNoneOnceItHasEnded() {
        String closing = "CL" + suffix;
        importOperation(closing, LocalDate.of(2024, 1, 1), false);
        String done = "DONE" + suffix;
        importCompleted(done, "2022-06-30");

        JsonNode report = rest().get("/api/reports/transition-status?asOf=2024-03-31", "manager")
                .json();

        assertThat(operation(report, closing).path("lifecycleInstanceId").asText())
                .isEqualTo(lifecycle(closing));
        assertThat(operation(report, done).path("status").asText()).isEqualTo("TRANSITIONED");
        assertThat(operation(report, done).path("lifecycleInstanceId").isNull())
                .as("more than 24 months after it completed, today: its lifecycle has ended")
                .isTrue();
    }

    private String lifecycle(String code) {
        return runtime.createProcessInstanceQuery()
                .processDefinitionKey("transition-lifecycle")
                .processInstanceBusinessKey(code)
                .singleResult()
                .getId();
    }

    private void importCompleted(String code, String completedOn) {
        post(
                """
                {"format": "transition-portfolio/1", "operations": [{"code": "%s", "name": "Forecast %s",
                  "type": "SPM", "hostCountry": "XAR",
                  "transition": {"trigger": "PLANNED", "startedOn": "2021-01-15", "completedOn": "%s"}}]}"""
                        .formatted(code, code, completedOn));
    }

    /**
     * An operation in transition since 2023, at CLOSURE: B1 rising on the line from the first day on,
     * every 30 days; with {@code flatToo}, B2 flat and B3 unmeasured beside it.
     */
    private void importOperation(String code, LocalDate first, boolean flatToo) {
        String rising = series(first, 10, 20, 30);
        String others =
                """
                ,{"code": "B2", "title": "Flat", "category": "SECURITY", "indicators": [
                  {"code": "B2.1", "name": "Flat", "type": "NUMBER", "target": 100, "measurements": %s}]},
                 {"code": "B3", "title": "Unmeasured", "category": "SECURITY", "indicators": [
                  {"code": "B3.1", "name": "None yet", "type": "NUMBER", "target": 100}]}"""
                        .formatted(series(first, 50, 50, 50));
        String document =
                """
                {"format": "transition-portfolio/1", "operations": [{"code": "%s", "name": "Forecast %s",
                  "type": "SPM", "hostCountry": "XAR",
                  "transition": {"trigger": "PLANNED", "startedOn": "2023-01-15", "stage": "CLOSURE"},
                  "benchmarks": [{"code": "B1", "title": "Rising", "category": "SECURITY", "indicators": [
                    {"code": "B1.1", "name": "Rising", "type": "NUMBER", "target": 100, "measurements": %s}]}%s]}]}"""
                        .formatted(code, code, rising, flatToo ? others : "");
        post(document);
    }

    private void post(String document) {
        try {
            var response = rest().post("/api/portfolio", "hq-planner", json.readTree(document));
            assertThat(response.status()).as(response.body()).isEqualTo(201);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String series(LocalDate first, int... values) {
        StringBuilder series = new StringBuilder("[");
        for (int i = 0; i < values.length; i++) {
            series.append(i == 0 ? "" : ", ")
                    .append("{\"asOf\": \"%s\", \"value\": %d}".formatted(first.plusDays(30L * i), values[i]));
        }
        return series.append("]").toString();
    }

    private static JsonNode benchmark(JsonNode benchmarks, String code) {
        return StreamSupport.stream(benchmarks.spliterator(), false)
                .filter(b -> b.path("code").asText().equals(code))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no benchmark " + code + " in " + benchmarks));
    }

    private static JsonNode operation(JsonNode report, String code) {
        return StreamSupport.stream(report.path("operations").spliterator(), false)
                .filter(o -> o.path("code").asText().equals(code))
                .findFirst()
                .orElseThrow(() -> new AssertionError(code + " not in the report of " + report.path("asOf")));
    }

    private RestClient rest() {
        return new RestClient(port);
    }
}
