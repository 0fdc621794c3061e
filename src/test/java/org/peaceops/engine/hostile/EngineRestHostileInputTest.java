package org.peaceops.engine.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.peaceops.engine.EngineTest;
import org.peaceops.engine.ProcessDriver;
import org.peaceops.engine.RestClient;
import org.peaceops.engine.assessment.StrategicAssessment;
import org.peaceops.engine.portfolio.PortfolioImport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Hostile and malformed requests to the engine REST routes that staff use: task submissions, starts,
 * messages, signals, conditions and variable writes. Each is refused with its 4xx, names the variable
 * where there is one, and changes nothing: no variable, task, instance or row of ours.
 */
@EngineTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EngineRestHostileInputTest {

    private static final String MEASURE = "{measure}";
    private static final String HQ = "hq-planner";

    @LocalServerPort
    int port;

    @Autowired
    ProcessEngine engine;

    @Autowired
    ProcessDriver driver;

    @Autowired
    PortfolioImport portfolio;

    @Autowired
    JdbcClient jdbc;

    String operation;
    String started;
    Map<String, String> ids;

    @BeforeAll
    void operations() {
        operation = HostileSetup.operationUnderReview(engine, portfolio, driver, port);
        started = HostileSetup.newCode("S");
        driver.startLifecycle(started);
        ids = Map.of(
                MEASURE,
                HostileSetup.measurementTask(driver, operation, "B1.1").getId(),
                "{tor}",
                driver.task(started, StrategicAssessment.TASK_DRAFT_TERMS_OF_REFERENCE)
                        .getId(),
                "{op}",
                operation);
    }

    static Stream<Arguments> refusedRequests() {
        List<Arguments> cases = new ArrayList<>();
        String valid = "\"newMeasurement\":{\"value\":\"VALUE\"},\"measuredNumber\":{\"value\":40},"
                + "\"measuredOn\":{\"value\":\"2026-01-15\"}";
        // a variable of the engine's or of another record, sent beside the form's fields
        for (String route : List.of("submit-form", "complete", "resolve")) {
            for (String smuggled : List.of(
                    "indicatorCode",
                    "reviewId",
                    "benchmarkCode",
                    "operationCode",
                    "indicatorType",
                    "loopCounter",
                    "nrOfActiveInstances",
                    "initiator")) {
                cases.add(refused(
                        HostileSetup.HOST,
                        "/task/" + MEASURE + "/" + route,
                        "{\"variables\":{" + valid + ",\"" + smuggled + "\":{\"value\":\"B1.2\"}}}",
                        400,
                        smuggled));
            }
        }
        // values the engine would build into objects or documents
        for (String route : List.of("submit-form", "complete")) {
            for (String typed : List.of(
                    "{\"value\":\"{}\",\"type\":\"Object\",\"valueInfo\":{\"objectTypeName\":\"java.io.File\","
                            + "\"serializationDataFormat\":\"application/json\"}}",
                    "{\"value\":\"{}\",\"type\":\"Object\",\"valueInfo\":{\"objectTypeName\":\"java.net.URL\","
                            + "\"serializationDataFormat\":\"application/json\"}}",
                    "{\"value\":\"rO0ABXQAAWE=\",\"type\":\"Object\",\"valueInfo\":{\"objectTypeName\":"
                            + "\"java.lang.String\",\"serializationDataFormat\":"
                            + "\"application/x-java-serialized-object\"}}",
                    "{\"value\":\"{\\\"a\\\":1}\",\"type\":\"Json\"}",
                    "{\"value\":\"<a/>\",\"type\":\"Xml\"}",
                    "{\"value\":\"aGk=\",\"type\":\"File\",\"valueInfo\":{\"filename\":\"a.txt\"}}",
                    "{\"value\":\"aGk=\",\"type\":\"Bytes\"}",
                    "{\"value\":\"40\",\"valueInfo\":{\"objectTypeName\":\"java.io.File\"}}")) {
                cases.add(refused(
                        HostileSetup.HOST,
                        "/task/" + MEASURE + "/" + route,
                        "{\"variables\":{\"measuredNumber\":" + typed + "}}",
                        400,
                        "measuredNumber"));
            }
        }
        // numbers that are not finite, and values not of the field's declared type
        for (String value : List.of(
                "{\"value\":\"NaN\",\"type\":\"Double\"}",
                "{\"value\":\"Infinity\",\"type\":\"Double\"}",
                "{\"value\":\"-Infinity\",\"type\":\"Double\"}",
                "{\"value\":1e400}",
                "{\"value\":\"forty\"}",
                "{\"value\":true}",
                "{\"value\":{\"a\":1}}",
                "{\"value\":[1,2]}",
                "{\"value\":40,\"type\":\"String\"}")) {
            cases.add(refused(
                    HostileSetup.HOST,
                    "/task/" + MEASURE + "/submit-form",
                    "{\"variables\":{" + valid.replace("{\"value\":40}", value) + "}}",
                    400,
                    "measuredNumber"));
        }
        for (String value : List.of("{\"value\":20260115}", "{\"value\":false}", "{\"value\":[\"2026-01-15\"]}")) {
            cases.add(refused(
                    HostileSetup.HOST,
                    "/task/" + MEASURE + "/submit-form",
                    "{\"variables\":{\"measuredOn\":" + value + "}}",
                    400,
                    "measuredOn"));
        }
        cases.add(refused(
                HostileSetup.HOST, "/task/" + MEASURE + "/submit-form", "{\"variables\":[1,2]}", 400, "variables"));
        cases.add(refused(
                HQ,
                "/task/{tor}/submit-form",
                "{\"variables\":{\"operationCode\":{\"value\":\"MONUSCO\"}}}",
                400,
                "operationCode"));
        cases.add(refused(
                HQ, "/task/{tor}/complete", "{\"variables\":{\"__proto__\":{\"value\":\"x\"}}}", 400, "__proto__"));
        // starts: only the start form's fields, and no way around its checks
        for (String route : List.of("submit-form", "start")) {
            String definition = "/process-definition/key/transition-lifecycle/" + route;
            cases.add(refused(HQ, definition, "{\"variables\":{\"stage\":{\"value\":\"CLOSURE\"}}}", 400, "stage"));
            cases.add(refused(HQ, definition, "{\"skipCustomListeners\":true}", 400, "skipCustomListeners"));
            cases.add(refused(HQ, definition, "{\"skipIoMappings\":true}", 400, "skipIoMappings"));
            cases.add(refused(
                    HQ,
                    definition,
                    "{\"startInstructions\":[{\"type\":\"startBeforeActivity\",\"activityId\":\"x\"}]}",
                    400,
                    "startInstructions"));
            cases.add(refused(
                    HQ,
                    definition,
                    "{\"variables\":{\"operationName\":{\"value\":\"{}\",\"type\":\"Json\"}}}",
                    400,
                    "operationName"));
        }
        // messages carry only what they are defined to carry
        for (String message : List.of(
                "Message_CouncilDecision",
                "Message_MandateDecision",
                "Message_PbcAdviceReceived",
                "Message_HostConsentWithdrawn",
                "Message_Unknown")) {
            for (String part : List.of("processVariables", "processVariablesLocal")) {
                cases.add(refused(
                        HQ,
                        "/message",
                        "{\"messageName\":\"" + message + "\",\"businessKey\":\"{op}\",\"" + part
                                + "\":{\"stage\":{\"value\":\"COMPLETED\"}}}",
                        400,
                        "stage"));
            }
        }
        cases.add(refused(
                HQ,
                "/message",
                "{\"messageName\":\"Message_MandateDecision\",\"businessKey\":\"{op}\","
                        + "\"processVariablesToTriggeredScope\":{\"reviewId\":{\"value\":1}}}",
                400,
                "reviewId"));
        cases.add(refused(
                HQ,
                "/message",
                "{\"messageName\":\"Message_MandateDecision\",\"correlationKeys\":{\"k\":{\"value\":\"{}\","
                        + "\"type\":\"Object\",\"valueInfo\":{\"objectTypeName\":\"java.io.File\","
                        + "\"serializationDataFormat\":\"application/json\"}}}}",
                400,
                "k"));
        cases.add(refused(HQ, "/signal", "{\"name\":\"anything\",\"variables\":{\"x\":{\"value\":1}}}", 400, "x"));
        cases.add(refused(HQ, "/condition", "{}", 400, null));
        cases.add(refused(HQ, "/condition", "{\"variables\":{\"x\":{\"value\":1}}}", 400, "x"));
        // variables are written by completing a task through its form, not one by one
        cases.add(put(HostileSetup.HOST, "/task/" + MEASURE + "/variables/indicatorCode", "{\"value\":\"B1.2\"}"));
        cases.add(put(HostileSetup.HOST, "/task/" + MEASURE + "/localVariables/indicatorCode", "{\"value\":\"B1.2\"}"));
        cases.add(refused(
                HostileSetup.HOST,
                "/task/" + MEASURE + "/variables",
                "{\"modifications\":{\"indicatorCode\":{\"value\":\"B1.2\"}}}",
                403,
                null));
        cases.add(put(
                HostileSetup.HOST,
                "/task/" + MEASURE + "/variables/note",
                "{\"value\":\"x\",\"type\":\"Object\",\"valueInfo\":{\"objectTypeName\":\"java.io.File\","
                        + "\"serializationDataFormat\":\"application/json\"}}"));
        // what is not there, or not the caller's, is not found
        cases.add(refused(HostileSetup.HOST, "/task/no-such-task/submit-form", "{\"variables\":{}}", 404, null));
        cases.add(refused("trainex-host", "/task/" + MEASURE + "/submit-form", "{\"variables\":{}}", 404, null));
        cases.add(refused("trainex-host", "/task/" + MEASURE + "/claim", "{\"userId\":\"trainex-host\"}", 404, null));
        cases.add(refused(HostileSetup.HOST, "/task/" + MEASURE + "/submit-form", "{\"variables\":", 400, null));
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} {1} {2} -> {4}")
    @MethodSource("refusedRequests")
    void aHostileOrMalformedRequestIsRefusedNamingTheVariableAndChangesNothing(
            String user, String method, String path, String body, int status, String field) {
        String resolved = resolve(path);
        var before = EngineState.of(engine, jdbc);

        var served = LoggedWarnings.whileServing(() -> "PUT".equals(method)
                ? new RestClient(port).putRaw("/engine-rest" + resolved, user, resolve(body))
                : new RestClient(port).postRaw("/engine-rest" + resolved, user, resolve(body)));
        var response = served.response();

        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.body()).doesNotContain("ENGINE-", "Exception:", "org.camunda");
        if (field != null) {
            assertThat(response.json().path("errors").findValuesAsText("path"))
                    .as(response.body())
                    .contains(field);
            assertThat(response.json().path("message").asText()).contains(field);
        }
        assertThat(EngineState.of(engine, jdbc)).isEqualTo(before);
        assertThat(engine.getTaskService()
                        .createTaskQuery()
                        .taskId(ids.get(MEASURE))
                        .count())
                .isOne();
    }

    private String resolve(String text) {
        String resolved = text;
        for (var id : ids.entrySet()) {
            resolved = resolved.replace(id.getKey(), id.getValue());
        }
        return resolved;
    }

    private static Arguments refused(String user, String path, String body, int status, String field) {
        return arguments(user, "POST", path, body, status, field);
    }

    private static Arguments put(String user, String path, String body) {
        return arguments(
                user, "PUT", path, body, path.endsWith("/note") ? 400 : 403, path.endsWith("/note") ? "note" : null);
    }
}
