package org.peaceops.engine.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peaceops.engine.EngineTest;
import org.peaceops.engine.ProcessDriver;
import org.peaceops.engine.RestClient;
import org.peaceops.engine.WebappSession;
import org.peaceops.engine.assessment.StrategicAssessment;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Staff of one operation never see another operation's tasks, instances, history or data, while
 * headquarters see both; managers reach Cockpit and staff do not.
 */
@EngineTest
class OperationIsolationTest {

    @LocalServerPort
    int port;

    @Autowired
    ProcessDriver driver;

    @Autowired
    OperationTenants tenants;

    @Autowired
    IdentityService identityService;

    RestClient rest;
    String a;
    String b;

    @BeforeEach
    void twoOperationsWithTheirOwnStaff() {
        rest = new RestClient(port);
        String suffix = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        a = "ISO-A" + suffix;
        b = "ISO-B" + suffix;
        for (String operation : List.of(a, b)) {
            driver.startLifecycle(operation);
            driver.complete(operation, StrategicAssessment.TASK_DRAFT_TERMS_OF_REFERENCE);
            createStaff(operation.toLowerCase() + "-host", "host-government", operation);
            createStaff(operation.toLowerCase() + "-leadership", "mission-leadership", operation);
        }
    }

    @Test
    void aHostGovernmentUserSeesTheTasksOfTheirOperationOnly() {
        var tasks = rest.get("/engine-rest/task", host(a));

        assertThat(tasks.status()).isEqualTo(200);
        assertThat(tasks.json().findValuesAsText("name")).contains(a + ": Consult the host government");
        assertThat(tasks.json().findValuesAsText("tenantId")).containsOnly(a);
        assertThat(rest.get("/engine-rest/task?tenantIdIn=" + b, host(a)).json())
                .isEmpty();
    }

    @Test
    void aHostGovernmentUserCannotReachTheOtherOperationsTaskEvenByItsId() {
        String otherTask =
                driver.task(b, StrategicAssessment.TASK_CONSULT_HOST_GOVERNMENT).getId();

        var read = rest.get("/engine-rest/task/" + otherTask, host(a));
        var complete = rest.post("/engine-rest/task/" + otherTask + "/complete", host(a), java.util.Map.of());

        var missing = rest.post("/engine-rest/task/no-such-task/complete", host(a), java.util.Map.of());
        assertThat(read.status()).isEqualTo(404);
        assertThat(complete.status()).isEqualTo(404);
        assertThat(missing.status()).isEqualTo(404);
        assertThat(complete.json().path("message").asText())
                .isEqualTo(missing.json().path("message").asText().replace("no-such-task", otherTask));
        assertThat(driver.task(b, StrategicAssessment.TASK_CONSULT_HOST_GOVERNMENT))
                .isNotNull();
    }

    @Test
    void missionLeadershipSeesItsOwnOperationsInstancesAndHistoryOnly() {
        var instances = rest.get("/engine-rest/process-instance", leadership(a));
        var history = rest.get("/engine-rest/history/process-instance", leadership(a));

        assertThat(instances.json().findValuesAsText("businessKey")).contains(a).doesNotContain(b);
        assertThat(history.json().findValuesAsText("businessKey")).contains(a).doesNotContain(b);
        assertThat(rest.get("/engine-rest/process-instance?businessKey=" + b, leadership(a))
                        .json())
                .isEmpty();
        assertThat(rest.get("/engine-rest/history/process-instance?processInstanceBusinessKey=" + b, leadership(a))
                        .json())
                .isEmpty();
    }

    @Test
    void theOtherOperationsDataAnswers404LikeAnOperationThatDoesNotExist() {
        var own = rest.get("/api/operations/" + a, host(a));
        var other = rest.get("/api/operations/" + b, host(a));
        var list = rest.get("/api/operations", host(a));

        assertThat(own.status()).isEqualTo(200);
        assertThat(other.status()).isEqualTo(404);
        assertThat(other.body()).contains("no operation " + b);
        assertThat(list.json().findValuesAsText("code")).containsExactly(a);
    }

    @Test
    void headquartersSeeBothOperations() {
        var tasks = rest.get("/engine-rest/task?candidateGroup=hq-task-force", "hq-planner");
        var operations = rest.get("/api/operations", "hq-planner");

        assertThat(tasks.json().findValuesAsText("name"))
                .contains(a + ": Consult regional organisations", b + ": Consult regional organisations");
        assertThat(operations.json().findValuesAsText("code")).contains(a, b);
    }

    @Test
    void managersOpenCockpitAndStaffDoNot() {
        assertThat(WebappSession.tryToSignIn(port, "manager", "cockpit")).isNotNull();
        assertThat(WebappSession.tryToSignIn(port, "hq-planner", "cockpit")).isNull();
        assertThat(WebappSession.tryToSignIn(port, "trainex-host", "cockpit")).isNull();
        assertThat(WebappSession.tryToSignIn(port, "trainex-host", "tasklist")).isNotNull();
    }

    @Test
    void managersSeeEveryOperationButCannotWorkItsTasks() {
        var tasks = rest.get("/engine-rest/task?processInstanceBusinessKey=" + b, "manager");
        String taskId =
                driver.task(b, StrategicAssessment.TASK_CONSULT_HOST_GOVERNMENT).getId();

        var claim =
                rest.post("/engine-rest/task/" + taskId + "/claim", "manager", java.util.Map.of("userId", "manager"));

        assertThat(tasks.json().findValuesAsText("tenantId")).contains(b);
        assertThat(claim.status()).isEqualTo(403);
    }

    private String host(String operation) {
        return operation.toLowerCase() + "-host";
    }

    private String leadership(String operation) {
        return operation.toLowerCase() + "-leadership";
    }

    private void createStaff(String userId, String group, String operation) {
        var user = identityService.newUser(userId);
        user.setPassword(userId);
        identityService.saveUser(user);
        identityService.createMembership(userId, group);
        tenants.addStaff(operation, userId);
    }
}
