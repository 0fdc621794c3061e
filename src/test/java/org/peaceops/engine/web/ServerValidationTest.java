package org.peaceops.engine.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.peaceops.engine.lifecycle.TransitionLifecycle.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peaceops.engine.EngineTest;
import org.peaceops.engine.FormFiller;
import org.peaceops.engine.ProcessDriver;
import org.peaceops.engine.RestClient;
import org.peaceops.engine.WebappSession;
import org.peaceops.engine.assessment.StrategicAssessment;
import org.peaceops.engine.registry.TransitionRegistry;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The engine refuses what the forms would refuse, through the engine REST API as Tasklist and other
 * clients call it: a 400 that names the field, the task still open, and nothing changed.
 */
@EngineTest
class ServerValidationTest {

    @LocalServerPort
    int port;

    @Autowired
    ProcessEngine engine;

    @Autowired
    FormFiller forms;

    @Autowired
    ProcessDriver driver;

    @Autowired
    TransitionRegistry registry;

    RestClient rest;
    String code;

    @BeforeEach
    void setUp() {
        rest = new RestClient(port);
        code = "V" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    @Test
    void aStartWithoutARequiredFieldIsRefusedAndRegistersNothing() {
        Map<String, Object> values = new HashMap<>(forms.fill(FORM_START_TRANSITION, Map.of(OPERATION_CODE, code)));
        values.remove(OPERATION_NAME);

        var response = rest.post(
                "/engine-rest/process-definition/key/" + PROCESS_ID + "/submit-form",
                "hq-planner",
                RestClient.submission(values));

        assertRejected(response, 400, OPERATION_NAME, "is required");
        assertThat(engine.getRuntimeService()
                        .createProcessInstanceQuery()
                        .processInstanceBusinessKey(code)
                        .count())
                .isZero();
        assertThat(registry.exists(code)).isFalse();
        assertThat(engine.getIdentityService()
                        .createTenantQuery()
                        .tenantId(code)
                        .count())
                .isZero();
    }

    @Test
    void aStartWithAnImpossibleDateOrMalformedCodeIsRefusedNamingEachField() {
        Map<String, Object> values = new HashMap<>(forms.fill(FORM_START_TRANSITION, Map.of(OPERATION_CODE, code)));
        values.put(TRANSITION_STARTED_ON, "2021-02-30");
        values.put(HOST_COUNTRY, "Congo");

        var response = rest.post(
                "/engine-rest/process-definition/key/" + PROCESS_ID + "/submit-form",
                "hq-planner",
                RestClient.submission(values));

        assertThat(response.status()).isEqualTo(400);
        assertThat(paths(response)).containsExactlyInAnyOrder(TRANSITION_STARTED_ON, HOST_COUNTRY);
        assertThat(registry.exists(code)).isFalse();
    }

    @Test
    void aStartForAnOperationAlreadyRegisteredIsAConflict() {
        var first = rest.post(
                "/engine-rest/process-definition/key/" + PROCESS_ID + "/submit-form",
                "hq-planner",
                RestClient.submission(forms.fill(FORM_START_TRANSITION, Map.of(OPERATION_CODE, code))));
        var second = rest.post(
                "/engine-rest/process-definition/key/" + PROCESS_ID + "/submit-form",
                "hq-planner",
                RestClient.submission(forms.fill(FORM_START_TRANSITION, Map.of(OPERATION_CODE, code))));

        assertThat(first.status()).isEqualTo(200);
        assertRejected(second, 409, OPERATION_CODE, "already registered");
        assertThat(engine.getRuntimeService()
                        .createProcessInstanceQuery()
                        .processInstanceBusinessKey(code)
                        .processDefinitionKey(PROCESS_ID)
                        .count())
                .isOne();
    }

    @Test
    void aMissingFormValueIsRefusedOnSubmitFormAndOnCompleteAndTheTaskStaysOpen() {
        driver.startLifecycle(code);
        String taskId = driver.task(code, StrategicAssessment.TASK_DRAFT_TERMS_OF_REFERENCE)
                .getId();
        Map<String, Object> before = engine.getTaskService().getVariables(taskId);
        Map<String, Object> values = new HashMap<>(forms.fill("form-draft-terms-of-reference", Map.of()));
        values.remove(StrategicAssessment.ASSESSMENT_SCOPE);

        var submitForm =
                rest.post("/engine-rest/task/" + taskId + "/submit-form", "hq-planner", RestClient.submission(values));
        var complete =
                rest.post("/engine-rest/task/" + taskId + "/complete", "hq-planner", RestClient.submission(values));

        assertRejected(submitForm, 400, StrategicAssessment.ASSESSMENT_SCOPE, "is required");
        assertRejected(complete, 400, StrategicAssessment.ASSESSMENT_SCOPE, "is required");
        assertThat(engine.getTaskService().createTaskQuery().taskId(taskId).count())
                .isOne();
        assertThat(engine.getTaskService().getVariables(taskId)).isEqualTo(before);
    }

    @Test
    void anUnknownOutcomeIsRefusedFromTheTaskAndFromTheMessage() {
        driver.startLifecycle(code);
        driver.clearAssessment(code);
        String taskId = driver.task(code, TASK_RECORD_COUNCIL_DECISION).getId();
        String instanceId = engine.getRuntimeService()
                .createProcessInstanceQuery()
                .processInstanceBusinessKey(code)
                .processDefinitionKey(PROCESS_ID)
                .singleResult()
                .getId();
        Map<String, Object> before = engine.getRuntimeService().getVariables(instanceId);
        Map<String, Object> values =
                new HashMap<>(forms.fill(FORM_COUNCIL_DECISION, Map.of(COUNCIL_OUTCOME, "PROCEED")));
        values.put(COUNCIL_OUTCOME, "POSTPONE");

        var fromTask =
                rest.post("/engine-rest/task/" + taskId + "/submit-form", "hq-planner", RestClient.submission(values));
        var fromMessage = rest.post(
                "/engine-rest/message",
                "hq-planner",
                Map.of(
                        "messageName", MESSAGE_COUNCIL_DECISION,
                        "businessKey", code,
                        "processVariables", RestClient.variables(values)));

        assertRejected(fromTask, 400, COUNCIL_OUTCOME, "must be one of [PROCEED, REVISE, TERMINATE]");
        assertRejected(fromMessage, 400, COUNCIL_OUTCOME, "must be one of [PROCEED, REVISE, TERMINATE]");
        assertThat(engine.getTaskService().createTaskQuery().taskId(taskId).count())
                .isOne();
        assertThat(engine.getRuntimeService().getVariables(instanceId)).isEqualTo(before);
        assertThat(registry.resolutions(code)).isEmpty();
    }

    @Test
    void aTerminationWithoutAReasonIsRefused() {
        driver.startLifecycle(code);
        driver.clearAssessment(code);
        String taskId = driver.task(code, TASK_RECORD_COUNCIL_DECISION).getId();
        Map<String, Object> values =
                new HashMap<>(forms.fill(FORM_COUNCIL_DECISION, Map.of(COUNCIL_OUTCOME, "TERMINATE")));
        values.remove(TERMINATION_REASON);

        var response =
                rest.post("/engine-rest/task/" + taskId + "/submit-form", "hq-planner", RestClient.submission(values));

        assertRejected(response, 400, TERMINATION_REASON, "is required");
        assertThat(engine.getTaskService().createTaskQuery().taskId(taskId).count())
                .isOne();
    }

    @Test
    void aDecisionMessageForAnUnknownOperationIsRefusedAndChangesNothing() {
        long instances = engine.getRuntimeService().createProcessInstanceQuery().count();

        var response = rest.post(
                "/engine-rest/message",
                "hq-planner",
                Map.of(
                        "messageName",
                        MESSAGE_COUNCIL_DECISION,
                        "businessKey",
                        "NO-SUCH-OPERATION",
                        "processVariables",
                        RestClient.variables(Map.of(
                                RESOLUTION_SYMBOL, "S/RES/2800 (2026)",
                                RESOLUTION_ADOPTED_ON, "2026-01-10",
                                COUNCIL_OUTCOME, "PROCEED"))));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().path("message").asText()).contains("Cannot correlate message");
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().count())
                .isEqualTo(instances);
    }

    @Test
    void tasklistGetsTheSameRefusalThroughTheWebappsEngineApi() throws Exception {
        driver.startLifecycle(code);
        String taskId = driver.task(code, StrategicAssessment.TASK_DRAFT_TERMS_OF_REFERENCE)
                .getId();
        Map<String, Object> values = new HashMap<>(forms.fill("form-draft-terms-of-reference", Map.of()));
        values.put(StrategicAssessment.TERMS_OF_REFERENCE_LINK, "the shared drive");
        var tasklist = WebappSession.signIn(port, "hq-planner");

        var response = tasklist.postJson(
                "/camunda/api/engine/engine/default/task/" + taskId + "/submit-form",
                new ObjectMapper().writeValueAsString(RestClient.submission(values)));

        assertRejected(response, 400, StrategicAssessment.TERMS_OF_REFERENCE_LINK, "must be a link");
        assertThat(response.json().path("message").asText()).doesNotContain("ENGINE-");
        assertThat(engine.getTaskService().createTaskQuery().taskId(taskId).count())
                .isOne();
    }

    @Test
    void aResolutionDatedInTheFutureIsRefused() {
        driver.startLifecycle(code);
        driver.clearAssessment(code);
        String taskId = driver.task(code, TASK_RECORD_COUNCIL_DECISION).getId();
        Map<String, Object> values =
                new HashMap<>(forms.fill(FORM_COUNCIL_DECISION, Map.of(COUNCIL_OUTCOME, "PROCEED")));
        values.put(RESOLUTION_ADOPTED_ON, "2999-01-01");

        var response =
                rest.post("/engine-rest/task/" + taskId + "/submit-form", "hq-planner", RestClient.submission(values));

        assertRejected(response, 400, RESOLUTION_ADOPTED_ON, "may not be in the future");
    }

    private static void assertRejected(RestClient.Response response, int status, String field, String reason) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        JsonNode errors = response.json().path("errors");
        assertThat(errors.isArray()).as(response.body()).isTrue();
        assertThat(errors.findValuesAsText("path")).contains(field);
        assertThat(errors.findValuesAsText("message"))
                .anySatisfy(m -> assertThat(m).contains(reason));
        // what Tasklist shows the person: the field by its label, what is wrong, never the variable's name
        assertThat(response.json().path("message").asText()).contains(reason).doesNotContain("(" + field + ")");
    }

    private static List<String> paths(RestClient.Response response) {
        return response.json().path("errors").findValuesAsText("path");
    }
}
