package org.peaceops.engine.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.peaceops.engine.EngineTest;
import org.peaceops.engine.ProcessDriver;
import org.peaceops.engine.RestClient;
import org.peaceops.engine.WebappSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Each role reaches the engine REST routes its work needs and no more: engine-wide metrics and jobs
 * for managers and administrators, deployments for those allowed to deploy, no task ended by an error
 * or an escalation; and Tasklist's own engine API holds a submission to its form like /engine-rest.
 */
@EngineTest
class EngineLeastPrivilegeTest {

    @LocalServerPort
    int port;

    @Autowired
    ProcessEngine engine;

    @Autowired
    ProcessDriver driver;

    @Autowired
    JdbcClient jdbc;

    @ParameterizedTest(name = "{0} GET {1} -> {2}")
    @CsvSource({
        "transition-officer, /metrics/activity-instance-start/sum, 403",
        "monusco-host,       /metrics, 403",
        "hq-planner,         /metrics/activity-instance-start/sum, 403",
        "transition-officer, /job-definition, 403",
        "transition-officer, /job-definition/count, 403",
        "monusco-host,       /job, 403",
        "hq-planner,         /job/count, 403",
        "eosg-officer,       /batch, 403",
        "pbso-officer,       /history/job-log, 403",
        "designer,           /metrics/activity-instance-start/sum, 403",
        "manager,            /metrics/activity-instance-start/sum, 200",
        "manager,            /job-definition/count, 200",
        "manager,            /job/count, 200",
        "demo,               /job-definition/count, 200",
        "demo,               /metrics/activity-instance-start/sum, 200",
    })
    void engineWideMetricsAndJobsAreForManagersAndAdministrators(String user, String path, int status) {
        var response = new RestClient(port).get("/engine-rest" + path, user);

        assertThat(response.status()).as(response.body()).isEqualTo(status);
        if (status == 403) {
            assertThat(response.json().path("type").asText()).isEqualTo("AuthorizationException");
        }
    }

    @ParameterizedTest(name = "{0} ends a task by {1}")
    @CsvSource({"monusco-host, bpmnError", "monusco-host, bpmnEscalation", "hq-planner, bpmnEscalation"})
    void noStaffMemberEndsATaskByAnErrorOrEscalationPastItsForm(String user, String route) {
        String code = HostileSetup.newCode("P");
        driver.startLifecycle(code);
        String taskId = driver.task(
                        code, org.peaceops.engine.assessment.StrategicAssessment.TASK_DRAFT_TERMS_OF_REFERENCE)
                .getId();
        var before = EngineState.of(engine, jdbc);

        var response = new RestClient(port)
                .postRaw(
                        "/engine-rest/task/" + taskId + "/" + route,
                        user,
                        "{\"errorCode\":\"Escalation_MandateTerminated\",\"escalationCode\":\"Escalation_MandateTerminated\"}");

        assertThat(response.status()).as(response.body()).isEqualTo(403);
        assertThat(EngineState.of(engine, jdbc)).isEqualTo(before);
    }

    @ParameterizedTest(name = "hq-planner {0} {1}")
    @CsvSource({
        "PUT,    /process-instance/{id}/variables/stage, '{\"value\":\"CLOSURE\"}'",
        "POST,   /process-instance/{id}/variables, '{\"modifications\":{\"stage\":{\"value\":\"CLOSURE\"}}}'",
        "POST,   /process-instance/{id}/modification, '{\"instructions\":[{\"type\":\"cancel\",\"activityId\":\"x\"}]}'",
        "PUT,    /process-instance/{id}/suspended, '{\"suspended\":true}'",
        "POST,   /process-instance/variables-async, '{\"processInstanceIds\":[\"{id}\"],\"variables\":{}}'",
        "POST,   /execution/{id}/localVariables, '{\"modifications\":{\"stage\":{\"value\":\"CLOSURE\"}}}'",
        "POST,   /modification/execute, '{\"processDefinitionId\":\"x\",\"instructions\":[]}'",
    })
    void headquartersSendsMessagesToALifecycleButCannotRewriteIt(String method, String path, String body) {
        String code = HostileSetup.newCode("P");
        String id = driver.startLifecycle(code).getId();
        var before = EngineState.of(engine, jdbc);
        var rest = new RestClient(port);

        var response = "PUT".equals(method)
                ? rest.putRaw("/engine-rest" + path.replace("{id}", id), "hq-planner", body.replace("{id}", id))
                : rest.postRaw("/engine-rest" + path.replace("{id}", id), "hq-planner", body.replace("{id}", id));

        assertThat(response.status()).as(response.body()).isEqualTo(403);
        assertThat(EngineState.of(engine, jdbc)).isEqualTo(before);
        assertThat(new RestClient(port)
                        .postRaw("/engine-rest/process-instance/count", "hq-planner", "{}")
                        .status())
                .isEqualTo(200);
    }

    @Test
    void aStaffMemberOrAManagerCannotDeployAndADesignerMayInTheDemo() {
        var rest = new RestClient(port);
        long deployments = engine.getRepositoryService().createDeploymentQuery().count();

        for (String user : new String[] {"transition-officer", "hq-planner", "manager"}) {
            var refused =
                    rest.postRaw("/engine-rest/deployment/create", user, "multipart/form-data; boundary=x", "--x--");
            assertThat(refused.status()).as(user + " " + refused.body()).isEqualTo(403);
        }
        var designer = rest.postRaw(
                "/engine-rest/deployment/create",
                "designer",
                "multipart/form-data; boundary=x",
                "--x\r\nContent-Disposition: form-data; name=\"data\"; filename=\"broken.bpmn\"\r\n\r\n<not-bpmn\r\n--x--\r\n");

        // the designer passes the guard; the engine then refuses the broken model as the designer's mistake
        assertThat(designer.status()).as(designer.body()).isEqualTo(400);
        assertThat(designer.body()).doesNotContain("ENGINE-");
        assertThat(engine.getRepositoryService().createDeploymentQuery().count())
                .isEqualTo(deployments);
    }

    @Test
    void tasklistsOwnEngineApiRefusesAVariableBesideTheFormsFieldsNamingIt() {
        String code = HostileSetup.newCode("P");
        driver.startLifecycle(code);
        String taskId = driver.task(
                        code, org.peaceops.engine.assessment.StrategicAssessment.TASK_DRAFT_TERMS_OF_REFERENCE)
                .getId();
        var before = EngineState.of(engine, jdbc);
        var tasklist = WebappSession.signIn(port, "hq-planner");

        var response = tasklist.postJson(
                "/camunda/api/engine/engine/default/task/" + taskId + "/submit-form",
                "{\"variables\":{\"operationCode\":{\"value\":\"MONUSCO\"}}}");

        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.json().path("errors").findValuesAsText("path")).containsExactly("operationCode");
        assertThat(EngineState.of(engine, jdbc)).isEqualTo(before);
    }
}
