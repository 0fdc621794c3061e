package org.peaceops.engine.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.peaceops.engine.FormFiller;
import org.peaceops.engine.RestClient;
import org.peaceops.engine.WebappSession;
import org.peaceops.engine.assessment.StrategicAssessment;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two nodes, each in its own JVM, started in the same moment on one empty PostgreSQL, as a
 * deployment behind a load balancer without sticky sessions runs them. Runs once, in the PostgreSQL
 * execution of the suite.
 */
@EnabledIfSystemProperty(named = "transition.test.database", matches = "postgres")
class ClusterTest {

    static EmbeddedPostgres postgres;
    static Node a;
    static Node b;

    @BeforeAll
    static void startTwoNodesTogetherOnAnEmptyDatabase() throws Exception {
        postgres = EmbeddedPostgres.builder().start();
        String url = postgres.getJdbcUrl("postgres", "postgres");
        a = Node.start("node-a", url, "postgres");
        b = Node.start("node-b", url, "postgres");
        a.awaitReady(Duration.ofMinutes(4));
        b.awaitReady(Duration.ofMinutes(4));
    }

    @AfterAll
    static void stop() throws Exception {
        for (Node node : new Node[] {a, b}) {
            if (node != null) {
                node.close();
            }
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void bothNodesStartOnAnEmptyDatabaseWhichIsSetUpOnce() {
        var jdbc = JdbcClient.create(postgres.getPostgresDatabase());

        assertThat(a.isAlive()).isTrue();
        assertThat(b.isAlive()).isTrue();
        assertThat(jdbc.sql("select count(*) from engine_schema_history where version = '7.24'")
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from act_id_user where id_ = 'hq-planner'")
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        assertThat(a.rest.get("/api/operations", "manager").json().size())
                .isEqualTo(b.rest.get("/api/operations", "manager").json().size())
                .isPositive();
    }

    @Test
    void aTaskCompletedOnOneNodeIsGoneOnTheOther() {
        JsonNode task = a.rest.get(
                        "/engine-rest/task?tenantIdIn=TRAINEX&taskDefinitionKey="
                                + StrategicAssessment.TASK_DRAFT_TERMS_OF_REFERENCE,
                        "hq-planner")
                .json()
                .get(0);
        String path = "/engine-rest/task/" + task.path("id").asText();
        assertThat(b.rest.get(path, "hq-planner").status()).isEqualTo(200);

        var values = new FormFiller(Clock.systemUTC()).fill("form-draft-terms-of-reference", Map.of());
        assertThat(a.rest.post(path + "/submit-form", "hq-planner", RestClient.submission(values))
                        .status())
                .isEqualTo(204);

        assertThat(b.rest.get(path, "hq-planner").status()).isEqualTo(404);
    }

    @Test
    void aSessionMadeOnOneNodeIsAcceptedByTheOtherAndSigningOutEndsItOnBoth() {
        var onA = WebappSession.signIn(a.port, "hq-planner");
        var onB = onA.on(b.port);
        String identity = "/camunda/api/admin/auth/user/default";

        assertThat(onB.get(identity).status()).isEqualTo(200);
        assertThat(onB.get(identity).body()).contains("hq-planner");
        // a CSRF-protected call made on B with the token A handed out
        assertThat(onB.postJson("/camunda/api/engine/engine/default/task/count", "{}")
                        .status())
                .isEqualTo(200);

        assertThat(onB.postJson(identity + "/logout", "").status()).isEqualTo(200);

        assertThat(onA.get(identity).status()).isEqualTo(404);
    }

    @Test
    void aTimerDueNowFiresOnceThoughBothNodesLookForIt() throws Exception {
        JsonNode timer = a.rest.get("/engine-rest/job?timers=true&sortBy=jobDueDate&sortOrder=asc", "demo")
                .json()
                .get(0);
        String jobId = timer.path("id").asText();
        a.bringDueNow(jobId);

        Instant until = Instant.now().plusSeconds(90);
        while (a.jobLog(jobId, "successLog") == 0 && Instant.now().isBefore(until)) {
            Thread.sleep(1000);
        }
        // two more acquisition rounds of an idle node (max-wait 10 s): nobody runs it again
        Thread.sleep(20_000);

        assertThat(a.jobLog(jobId, "successLog")).isEqualTo(1);
        assertThat(a.jobLog(jobId, "failureLog")).isZero();
    }
}
