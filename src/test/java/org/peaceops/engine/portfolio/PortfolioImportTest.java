package org.peaceops.engine.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.peaceops.engine.portfolio.PortfolioDocuments.JSON;
import static org.peaceops.engine.portfolio.PortfolioDocuments.smallDocument;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peaceops.engine.EngineTest;
import org.peaceops.engine.ProcessDriver;
import org.peaceops.engine.RestClient;
import org.peaceops.engine.lifecycle.TransitionLifecycle;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What the portfolio import stores: a whole portfolio, every operation with its benchmarks,
 * measurements, phases, sites, consultations and resolutions, its tenant and its lifecycle at the stage
 * it had reached, messy real data accepted with warnings; the defaults of what a document leaves out;
 * and the schema it is read against. What it refuses is {@link PortfolioImportRefusalTest}'s.
 */
@EngineTest
class PortfolioImportTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ProcessEngine engine;

    @Autowired
    ProcessDriver driver;

    RestClient rest;
    String suffix;

    @BeforeEach
    void setUp() {
        rest = new RestClient(port);
        suffix = "-" + UUID.randomUUID().toString().substring(0, 5).toUpperCase();
    }

    @Test
    void theReferencePortfolioIsStoredWholeWithItsWarningsAndMonuscosLifecycle() throws Exception {
        ObjectNode document = referencePortfolioWithFreshCodes();

        var response = rest.post("/api/portfolio", "hq-planner", document);

        assertThat(response.status()).as(response.body()).isEqualTo(201);
        JsonNode result = response.json();
        assertThat(result.path("operations")).hasSize(6);
        for (JsonNode operation : document.path("operations")) {
            String code = operation.path("code").asText();
            assertThat(count("benchmark", code))
                    .as(code)
                    .isEqualTo(operation.path("benchmarks").size());
            assertThat(count("indicator", code)).as(code).isEqualTo(countIn(operation, "benchmarks", "indicators"));
            assertThat(measurements(code)).as(code).isEqualTo(measurementsIn(operation));
            assertThat(count("phase", code))
                    .as(code)
                    .isEqualTo(operation.path("phases").size());
            assertThat(sites(code)).as(code).isEqualTo(countIn(operation, "phases", "sites"));
            assertThat(count("consultation", code))
                    .as(code)
                    .isEqualTo(operation.path("consultations").size());
            assertThat(count("resolution", code))
                    .as(code)
                    .isEqualTo(operation.path("resolutions").size());
            JsonNode imported = StreamSupport.stream(result.path("operations").spliterator(), false)
                    .filter(o -> o.path("code").asText().equals(code))
                    .findFirst()
                    .orElseThrow();
            boolean completed = operation.path("transition").has("completedOn");
            assertThat(imported.path("stage").asText())
                    .as(code)
                    .isEqualTo(
                            completed
                                    ? "COMPLETED"
                                    : operation.path("transition").path("stage").asText());
            assertThat(imported.path("processInstanceId").isNull()).as(code).isEqualTo(completed);
            assertThat(jdbc.sql("select working_language from operation where code = ?")
                            .param(code)
                            .query(String.class)
                            .single())
                    .as(code)
                    .isEqualTo(operation.path("workingLanguage").asText());
            assertThat(engine.getIdentityService()
                            .createTenantQuery()
                            .tenantId(code)
                            .count())
                    .isOne();
        }
        assertThat(result.path("warnings")).hasSize(expectedWarnings(document));
        String monusco = "MONUSCO" + suffix;
        var lifecycle = engine.getRuntimeService()
                .createProcessInstanceQuery()
                .processInstanceBusinessKey(monusco)
                .processDefinitionKey(TransitionLifecycle.PROCESS_ID)
                .singleResult();
        assertThat(lifecycle.getTenantId()).isEqualTo(monusco);
        assertThat(engine.getRuntimeService().getVariable(lifecycle.getId(), TransitionLifecycle.WORKING_LANGUAGE))
                .as("MONUSCO works in French")
                .isEqualTo("fr");
        assertThat(engine.getRuntimeService().getActiveActivityIds(lifecycle.getId()))
                .as("drawdown resumes at the first phase not completed")
                .containsExactly(TransitionLifecycle.CALL_DRAWDOWN_PHASE);
        engine.getManagementService().createJobQuery().tenantIdIn(monusco).executable().list().stream()
                .filter(job -> job.getProcessDefinitionKey().equals("drawdown-phase"))
                .forEach(job -> engine.getManagementService().executeJob(job.getId()));
        assertThat(engine.getTaskService()
                        .createTaskQuery()
                        .processInstanceBusinessKey(monusco)
                        .list())
                .as("phase 5 is on hold: its readiness is decided first; headquarters staffs the operation; named in"
                        + " MONUSCO's French")
                .extracting(task -> task.getName())
                .containsExactlyInAnyOrder(
                        monusco + "\u00a0: Doter l’opération de son personnel",
                        monusco
                                + "\u00a0: Évaluer le risque de sécurité de la phase 5 (Disengagement phase 2: North Kivu)",
                        monusco + "\u00a0: Analyser les dimensions de genre de la phase 5 (Disengagement phase 2: North"
                                + " Kivu)",
                        monusco + "\u00a0: Confirmer les conditions de la phase 5 (Disengagement phase 2: North Kivu)");
    }

    @Test
    void defaultsAreAppliedAndTheSchemaIsServed() {
        var response = rest.post("/api/portfolio", "hq-planner", smallDocument(suffix));
        String code = "ALPHA" + suffix;

        assertThat(response.status()).isEqualTo(201);
        String lifecycle = response.json()
                .path("operations")
                .get(0)
                .path("processInstanceId")
                .asText();
        assertThat(engine.getRuntimeService().getActiveActivityIds(lifecycle))
                .as("an ongoing transition without a stage starts as a new one: its operation opened in a job")
                .containsExactly(TransitionLifecycle.TASK_OPEN_OPERATION);
        driver.runJobs(code);
        assertThat(engine.getRuntimeService().getActiveActivityIds(lifecycle))
                .as("an ongoing transition without a stage starts at the assessment")
                .containsExactly(TransitionLifecycle.CALL_STRATEGIC_ASSESSMENT);
        assertThat(jdbc.sql("select process_instance_id from transition where operation_code = ?")
                        .param(code)
                        .query(String.class)
                        .single())
                .isEqualTo(lifecycle);
        assertThat(jdbc.sql("select owner, minimum_condition from benchmark where operation_code = ? and code = 'B1'")
                        .param(code)
                        .query((rs, n) -> rs.getString(1) + "/" + rs.getBoolean(2))
                        .single())
                .isEqualTo("JOINT/false");
        assertThat(jdbc.sql("select stage from transition where operation_code = ?")
                        .param(code)
                        .query(String.class)
                        .single())
                .isEqualTo("ASSESSMENT");
        assertThat(jdbc.sql("select working_language from operation where code = ?")
                        .param(code)
                        .query(String.class)
                        .single())
                .isEqualTo("en");
        assertThat(engine.getRuntimeService().getVariable(lifecycle, TransitionLifecycle.WORKING_LANGUAGE))
                .isEqualTo("en");
        var schema = rest.get("/api/portfolio/schema", "hq-planner");
        assertThat(schema.json().path("$id").asText()).isEqualTo("transition-portfolio/1");
    }

    private ObjectNode referencePortfolioWithFreshCodes() throws Exception {
        try (InputStream in = getClass().getResourceAsStream("/portfolio/reference-portfolio.json")) {
            ObjectNode document = (ObjectNode) JSON.readTree(in);
            document.path("operations")
                    .forEach(o -> ((ObjectNode) o).put("code", o.path("code").asText() + suffix));
            return document;
        }
    }

    private long count(String table, String code) {
        return PortfolioDocuments.count(jdbc, table, code);
    }

    private long measurements(String code) {
        return jdbc.sql(
                        "select count(*) from measurement m join indicator i on i.id = m.indicator_id where i.operation_code = ?")
                .param(code)
                .query(Long.class)
                .single();
    }

    private long sites(String code) {
        return jdbc.sql("select count(*) from site s join phase p on p.id = s.phase_id where p.operation_code = ?")
                .param(code)
                .query(Long.class)
                .single();
    }

    private static long countIn(JsonNode operation, String parent, String child) {
        long n = 0;
        for (JsonNode item : operation.path(parent)) {
            n += item.path(child).size();
        }
        return n;
    }

    private static long measurementsIn(JsonNode operation) {
        long n = 0;
        for (JsonNode benchmark : operation.path("benchmarks")) {
            for (JsonNode indicator : benchmark.path("indicators")) {
                n += indicator.path("measurements").size();
            }
        }
        return n;
    }

    /** The warnings the contract asks for, counted here by walking the document. */
    private static int expectedWarnings(JsonNode document) {
        int warnings = 0;
        for (JsonNode operation : document.path("operations")) {
            LocalDate started = LocalDate.parse(
                    operation.path("transition").path("startedOn").asText());
            String completedText =
                    operation.path("transition").path("completedOn").asText(null);
            LocalDate completed = completedText == null ? null : LocalDate.parse(completedText);
            for (JsonNode benchmark : operation.path("benchmarks")) {
                for (JsonNode indicator : benchmark.path("indicators")) {
                    if (!indicator.has("baseline") || !indicator.has("target")) {
                        warnings++;
                    }
                    for (JsonNode measurement : indicator.path("measurements")) {
                        LocalDate asOf =
                                LocalDate.parse(measurement.path("asOf").asText());
                        if (asOf.isBefore(started) || (completed != null && asOf.isAfter(completed))) {
                            warnings++;
                        }
                    }
                }
            }
            for (JsonNode phase : operation.path("phases")) {
                String plannedStart = phase.path("plannedStart").asText(null);
                for (JsonNode site : phase.path("sites")) {
                    String status = site.path("status").asText("OPEN");
                    String closedOn = site.path("closedOn").asText(null);
                    if (phase.path("status").asText("PLANNED").equals("COMPLETED") && status.equals("OPEN")) {
                        warnings++;
                    }
                    if (status.equals("CLOSED") && closedOn == null) {
                        warnings++;
                    }
                    if (closedOn != null && plannedStart != null && closedOn.compareTo(plannedStart) < 0) {
                        warnings++;
                    }
                }
            }
        }
        return warnings;
    }
}
