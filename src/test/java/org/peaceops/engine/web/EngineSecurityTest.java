package org.peaceops.engine.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.peaceops.engine.EngineTest;
import org.peaceops.engine.ProcessDriver;
import org.peaceops.engine.RestClient;
import org.peaceops.engine.WebappSession;
import org.peaceops.engine.assessment.StrategicAssessment;
import org.peaceops.engine.lifecycle.TransitionLifecycle;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Who may call what: anonymous callers get nothing but health; staff get only their own tasks. */
@EngineTest
class EngineSecurityTest {

    @LocalServerPort
    int port;

    @Autowired
    TaskService taskService;

    @Autowired
    ProcessDriver driver;

    RestClient rest;

    @BeforeEach
    void client() {
        rest = new RestClient(port);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"/engine-rest/user", "/engine-rest/task", "/engine-rest/process-instance", "/engine-rest/engine"
            })
    void anonymousCallersOfTheEngineRestApiAreRefusedWith401AndNoBody(String path) {
        var response = rest.get(path, null);

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.body()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/operations", "/api/operations/TRAINEX", "/api/no-such-route"})
    void anonymousCallersOfTheProjectsApiAreRefusedWith401InTheErrorEnvelope(String path) {
        var response = rest.get(path, null);

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.header("WWW-Authenticate")).isEqualTo("Basic realm=\"transition-engine\"");
        assertThat(response.header("Content-Type")).startsWith("application/json");
        assertThat(response.json().path("errors")).hasSize(1);
        assertThat(response.json().path("errors").get(0).path("path").asText()).isEmpty();
        assertThat(response.json().path("errors").get(0).path("message").asText())
                .isEqualTo("sign in first: HTTP Basic with your user id and password");
        assertThat(response.body()).doesNotContain("TRAINEX");
    }

    @Test
    void healthAnswersAnonymouslyButOtherActuatorEndpointsDoNot() {
        assertThat(rest.get("/actuator/health", null).status()).isEqualTo(200);
        assertThat(rest.get("/actuator", null).status()).isEqualTo(404);
        assertThat(rest.get("/actuator", null).body()).doesNotContain("health");
        assertThat(rest.get("/actuator/env", null).status()).isNotEqualTo(200);
        assertThat(rest.get("/actuator/beans", null).status()).isNotEqualTo(200);
    }

    @Test
    void wrongPasswordsAreRefused() {
        var response = rest.get("/engine-rest/task", "nobody");

        assertThat(response.status()).isEqualTo(401);
    }

    @Test
    void staffSeeOnlyTheTasksRoutedToTheirGroup() {
        var hq = rest.get("/engine-rest/task?processInstanceBusinessKey=TRAINEX", "hq-planner");
        var host = rest.get("/engine-rest/task?processInstanceBusinessKey=TRAINEX", "trainex-host");

        assertThat(hq.status()).isEqualTo(200);
        assertThat(hq.json().findValuesAsText("taskDefinitionKey"))
                .contains(StrategicAssessment.TASK_DRAFT_TERMS_OF_REFERENCE);
        assertThat(host.status()).isEqualTo(200);
        assertThat(host.json().findValuesAsText("taskDefinitionKey"))
                .doesNotContain(StrategicAssessment.TASK_DRAFT_TERMS_OF_REFERENCE);
    }

    @Test
    void aUserOutsideTheCandidateGroupsCannotCompleteTheTask() {
        String taskId = taskService
                .createTaskQuery()
                .processInstanceBusinessKey("TRAINEX")
                .taskDefinitionKey(StrategicAssessment.TASK_DRAFT_TERMS_OF_REFERENCE)
                .singleResult()
                .getId();

        var submit = rest.post(
                "/engine-rest/task/" + taskId + "/submit-form",
                "trainex-host",
                Map.of(
                        "variables",
                        Map.of(
                                "termsOfReferenceLink", Map.of("value", "https://docs.test/tor"),
                                "assessmentScope", Map.of("value", "scope"))));

        assertThat(submit.status()).isEqualTo(403);
        assertThat(taskService.createTaskQuery().taskId(taskId).count()).isOne();
    }

    @Test
    void theApiAcceptsTheWebappsSignedInSessionWithoutASecondLogin() {
        var tasklist = WebappSession.signIn(port, "trainex-host");

        var operations = tasklist.get("/api/operations");

        assertThat(operations.status()).isEqualTo(200);
        assertThat(operations.json().findValuesAsText("code")).containsExactly("TRAINEX");
    }

    @Test
    void theOperationsApiShowsOnlyTheCallersOperations() {
        var hq = rest.get("/api/operations", "hq-planner");
        var host = rest.get("/api/operations/TRAINEX", "trainex-host");
        var unknown = rest.get("/api/operations/NOPE", "hq-planner");

        assertThat(hq.status()).isEqualTo(200);
        assertThat(hq.json().findValuesAsText("code")).contains("TRAINEX");
        assertThat(host.status()).isEqualTo(200);
        assertThat(host.json().path("transition").path("stage").asText()).isEqualTo("ASSESSMENT");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.json().path("errors").get(0).path("path").asText()).isEqualTo("code");
    }

    @Test
    void headquartersMaySendTheCouncilDecisionOverRestAndOtherStaffMayNot() {
        String code =
                "M" + java.util.UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        driver.startLifecycle(code);
        driver.clearAssessment(code);
        Map<String, Object> message = Map.of(
                "messageName",
                TransitionLifecycle.MESSAGE_COUNCIL_DECISION,
                "businessKey",
                code,
                "processVariables",
                Map.of(
                        TransitionLifecycle.RESOLUTION_SYMBOL, Map.of("value", "S/RES/2801 (2026)"),
                        TransitionLifecycle.RESOLUTION_ADOPTED_ON, Map.of("value", "2026-01-15"),
                        TransitionLifecycle.COUNCIL_OUTCOME, Map.of("value", "PROCEED")));

        var fromHost = rest.post("/engine-rest/message", "trainex-host", message);
        assertThat(fromHost.status()).isBetween(400, 499);
        assertThat(driver.task(code, TransitionLifecycle.TASK_RECORD_COUNCIL_DECISION))
                .isNotNull();

        var fromHq = rest.post("/engine-rest/message", "hq-planner", message);
        assertThat(fromHq.status()).as(fromHq.body()).isEqualTo(204);
        assertThat(driver.task(code, TransitionLifecycle.TASK_RECORD_COUNCIL_DECISION))
                .isNull();
    }
}
