package org.peaceops.engine.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peaceops.engine.EngineTest;
import org.peaceops.engine.RestClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** What an orchestrator and a Prometheus server read: the probes, anonymously; the metrics, signed in. */
@EngineTest
class OperationsEndpointsTest {

    @LocalServerPort
    int port;

    @Autowired
    OperationMeters operationMeters;

    @Autowired
    TaskService taskService;

    RestClient rest;

    @BeforeEach
    void client() {
        rest = new RestClient(port);
    }

    @Test
    void livenessAndReadinessProbesAnswerAnonymouslyWithTheirState() {
        for (String probe : new String[] {"/actuator/health/liveness", "/actuator/health/readiness"}) {
            var response = rest.get(probe, null);

            assertThat(response.status()).as(probe).isEqualTo(200);
            assertThat(response.json().path("status").asText()).as(probe).isEqualTo("UP");
        }
    }

    @Test
    void metricsAreRefusedToAnonymousCallersAndToStaff() {
        assertThat(rest.get("/actuator/prometheus", null).status()).isEqualTo(401);
        assertThat(rest.get("/actuator/prometheus", null).body()).isEmpty();
        var staff = rest.get("/actuator/prometheus", "transition-officer");
        assertThat(staff.status()).isEqualTo(403);
        assertThat(staff.body()).doesNotContain("jvm_");
    }

    @Test
    void managersReadTheJvmPoolHttpAndEngineMetrics() {
        rest.get("/api/operations", "manager");

        var response = rest.get("/actuator/prometheus", "manager");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body())
                .contains("jvm_memory_used_bytes")
                .contains("hikaricp_connections_active")
                .contains("http_server_requests_seconds_count")
                // counted as the engine marks them: the demo data's processes started activities
                .contains("camunda_activity_instance_start_total")
                .contains("camunda_incidents_open");
    }

    @Test
    void theMetricsCountEachOperationsOpenTasksAsTheEngineHasThem() {
        operationMeters.refresh();
        long trainexTasks = taskService.createTaskQuery().tenantIdIn("TRAINEX").count();

        var body = rest.get("/actuator/prometheus", "manager").body();

        assertThat(trainexTasks).isPositive();
        assertThat(body)
                .containsPattern("transition_operation_tasks_open\\{[^}]*operation=\"TRAINEX\"[^}]*} " + trainexTasks
                        + "(\\.0)?\\n");
        assertThat(body).contains("transition_operation_tasks_overdue{");
    }
}
