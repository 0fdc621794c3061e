package org.peaceops.engine.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.peaceops.engine.portfolio.PortfolioDocuments.count;
import static org.peaceops.engine.portfolio.PortfolioDocuments.operation;
import static org.peaceops.engine.portfolio.PortfolioDocuments.smallDocument;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.UUID;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.peaceops.engine.EngineTest;
import org.peaceops.engine.RestClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What the portfolio import refuses, whole and with nothing stored: a document with a bad value (each
 * problem named by its path), a body that is no JSON, an operation that already exists, and a caller
 * who is neither headquarters nor an administrator (an administrator may import). What it stores is
 * {@link PortfolioImportTest}'s.
 */
@EngineTest
class PortfolioImportRefusalTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    RestClient rest;
    String suffix;

    @BeforeEach
    void setUp() {
        rest = new RestClient(port);
        suffix = "-" + UUID.randomUUID().toString().substring(0, 5).toUpperCase();
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
        "a missing operation name, /operations/0",
        "a working language the engine does not speak, /operations/0/workingLanguage"
    })
    void aBadDocumentIsRefusedWholeNamingThePath(String problem, String path) {
        ObjectNode document = smallDocument(suffix);
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
        ObjectNode document = smallDocument(suffix);
        ((ArrayNode) document.get("operations")).add(operation("TRAINEX"));

        var response = rest.post("/api/portfolio", "hq-planner", document);

        assertThat(response.status()).isEqualTo(409);
        assertThat(response.json().path("errors").get(0).path("path").asText()).isEqualTo("/operations/1/code");
        assertThat(count(jdbc, "operation", "ALPHA" + suffix)).isZero();
    }

    @Test
    void onlyHeadquartersAndAdministratorsImport() {
        assertThat(rest.post("/api/portfolio", "trainex-host", smallDocument(suffix))
                        .status())
                .isEqualTo(403);
        assertThat(rest.post("/api/portfolio", null, smallDocument(suffix)).status())
                .isEqualTo(401);
        assertThat(rest.post("/api/portfolio", "demo", smallDocument(suffix)).status())
                .isEqualTo(201);
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
                    case "a working language the engine does not speak" -> o -> o.put("workingLanguage", "de");
                    default -> throw new IllegalArgumentException(problem);
                };
        change.accept(operation);
    }

    private static ObjectNode measurement(JsonNode indicators, int indicator) {
        return (ObjectNode) indicators.get(indicator).path("measurements").get(0);
    }
}
