package org.peaceops.engine.portfolio;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.StreamSupport;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.peaceops.engine.EngineTest;
import org.peaceops.engine.RestClient;
import org.peaceops.engine.lifecycle.TransitionLifecycle;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The portfolio import: whole or not at all, every problem named, messy real data accepted with warnings. */
@EngineTest
class PortfolioImportTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ProcessEngine engine;

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
                .as("phase 5 is on hold: its readiness is decided first")
                .extracting(task -> task.getName())
                .containsExactlyInAnyOrder(
                        monusco + ": UNDSS security risk assessment: phase 5 (Disengagement phase 2: North Kivu)",
                        monusco + ": Gender analysis: phase 5 (Disengagement phase 2: North Kivu)",
                        monusco + ": Confirm host consent, UNCT funding and the national POC plan: phase 5"
                                + " (Disengagement phase 2: North Kivu)");
    }

    @ParameterizedTest(name = "{0} is refused at {1}")
    @CsvSource({
        "a measurement of the wrong type, /operations/0/benchmarks/0/indicators/0/measurements/0/value",
        "a percentage above 100, /operations/0/benchmarks/0/indicators/1/measurements/0/value",
        "an ordinal level not in the scale, /operations/0/benchmarks/0/indicators/2/measurements/0/value",
        "a repeated benchmark code, /operations/0/benchmarks/1/code",
        "completion before the start, /operations/0/transition/completedOn",
        "an impossible date, /operations/0/transition/startedOn",
        "an unknown field, /operations/0",
        "a missing operation name, /operations/0"
    })
    void aBadDocumentIsRefusedWholeNamingThePath(String problem, String path) {
        ObjectNode document = smallDocument();
        spoil(document, problem);
        long operations =
                jdbc.sql("select count(*) from operation").query(Long.class).single();

        var response = rest.post("/api/portfolio", "hq-planner", document);

        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.json().path("errors").findValuesAsText("path")).contains(path);
        assertThat(jdbc.sql("select count(*) from operation").query(Long.class).single())
                .isEqualTo(operations);
    }

    @Test
    void aMalformedBodyIsRefused() {
        var response = rest.postRaw("/api/portfolio", "hq-planner", "{\"format\": \"transition-portfolio/1\", ");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().path("errors").get(0).path("message").asText())
                .contains("not valid JSON");
    }

    @Test
    void anOperationThatExistsIsAConflictAndNothingOfTheDocumentIsStored() {
        ObjectNode document = smallDocument();
        ((ArrayNode) document.get("operations")).add(operation("TRAINEX"));

        var response = rest.post("/api/portfolio", "hq-planner", document);

        assertThat(response.status()).isEqualTo(409);
        assertThat(response.json().path("errors").get(0).path("path").asText()).isEqualTo("/operations/1/code");
        assertThat(count("operation", "ALPHA" + suffix)).isZero();
    }

    @Test
    void onlyHeadquartersAndAdministratorsImport() {
        assertThat(rest.post("/api/portfolio", "trainex-host", smallDocument()).status())
                .isEqualTo(403);
        assertThat(rest.post("/api/portfolio", null, smallDocument()).status()).isEqualTo(401);
        assertThat(rest.post("/api/portfolio", "demo", smallDocument()).status())
                .isEqualTo(201);
    }

    @Test
    void defaultsAreAppliedAndTheSchemaIsServed() {
        var response = rest.post("/api/portfolio", "hq-planner", smallDocument());
        String code = "ALPHA" + suffix;

        assertThat(response.status()).isEqualTo(201);
        String lifecycle = response.json()
                .path("operations")
                .get(0)
                .path("processInstanceId")
                .asText();
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

    /** One operation with a NUMBER, a PERCENT and an ORDINAL indicator, and a second benchmark. */
    private ObjectNode smallDocument() {
        ObjectNode document = JSON.createObjectNode();
        document.put("format", "transition-portfolio/1");
        document.putArray("operations").add(operation("ALPHA" + suffix));
        return document;
    }

    private ObjectNode operation(String code) {
        ObjectNode operation = JSON.createObjectNode();
        operation
                .put("code", code)
                .put("name", "Test operation " + code)
                .put("type", "PKO")
                .put("hostCountry", "XAR");
        operation.putObject("transition").put("trigger", "PLANNED").put("startedOn", "2025-01-15");
        ArrayNode benchmarks = operation.putArray("benchmarks");
        ObjectNode b1 = benchmarks
                .addObject()
                .put("code", "B1")
                .put("title", "Security")
                .put("category", "SECURITY");
        ArrayNode indicators = b1.putArray("indicators");
        indicators
                .addObject()
                .put("code", "I1")
                .put("name", "Incidents")
                .put("type", "NUMBER")
                .put("baseline", 40)
                .put("target", 10)
                .putArray("measurements")
                .addObject()
                .put("asOf", "2025-06-30")
                .put("value", 30);
        indicators
                .addObject()
                .put("code", "I2")
                .put("name", "Coverage")
                .put("type", "PERCENT")
                .put("baseline", 20)
                .put("target", 80)
                .putArray("measurements")
                .addObject()
                .put("asOf", "2025-06-30")
                .put("value", 35);
        ObjectNode ordinal = indicators
                .addObject()
                .put("code", "I3")
                .put("name", "Capacity")
                .put("type", "ORDINAL")
                .put("baseline", 1)
                .put("target", 3);
        ordinal.putObject("scale").put("1", "low").put("2", "medium").put("3", "high");
        ordinal.putArray("measurements").addObject().put("asOf", "2025-06-30").put("value", 2);
        benchmarks.addObject().put("code", "B2").put("title", "Rule of law").put("category", "RULE_OF_LAW");
        return operation;
    }

    private static void spoil(ObjectNode document, String problem) {
        ObjectNode operation = (ObjectNode) document.path("operations").get(0);
        JsonNode indicators = operation.path("benchmarks").get(0).path("indicators");
        Consumer<ObjectNode> change =
                switch (problem) {
                    case "a measurement of the wrong type" -> o ->
                            measurement(indicators, 0).put("value", "high");
                    case "a percentage above 100" -> o ->
                            measurement(indicators, 1).put("value", 120);
                    case "an ordinal level not in the scale" -> o ->
                            measurement(indicators, 2).put("value", 7);
                    case "a repeated benchmark code" -> o ->
                            ((ObjectNode) o.path("benchmarks").get(1)).put("code", "B1");
                    case "completion before the start" -> o ->
                            ((ObjectNode) o.path("transition")).put("completedOn", "2024-12-31");
                    case "an impossible date" -> o ->
                            ((ObjectNode) o.path("transition")).put("startedOn", "2021-02-30");
                    case "an unknown field" -> o -> o.put("budget", 12);
                    case "a missing operation name" -> o -> o.remove("name");
                    default -> throw new IllegalArgumentException(problem);
                };
        change.accept(operation);
    }

    private static ObjectNode measurement(JsonNode indicators, int indicator) {
        return (ObjectNode) indicators.get(indicator).path("measurements").get(0);
    }

    private long count(String table, String code) {
        String column = table.equals("operation") ? "code" : "operation_code";
        return jdbc.sql("select count(*) from " + table + " where " + column + " = ?")
                .param(code)
                .query(Long.class)
                .single();
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
