package org.peaceops.engine.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.peaceops.engine.FormFiller;
import org.peaceops.engine.RestClient;
import org.peaceops.engine.lifecycle.TransitionLifecycle;

/**
 * A node killed (SIGKILL) while the other takes a steady load: nothing acknowledged is lost, no
 * incident is raised, and the dead node's due jobs run on the survivor once their lock expires. Slow
 * (two JVMs and a minute of lock time): {@code ./mvnw -Pcrash verify} runs it, {@code verify} does not.
 */
@Tag("crash")
@EnabledIfSystemProperty(named = "transition.test.database", matches = "postgres")
class ClusterCrashTest {

    private static final int STARTS = 30;

    static EmbeddedPostgres postgres;
    static Node survivor;
    static Node victim;

    @AfterAll
    static void stop() throws Exception {
        for (Node node : new Node[] {survivor, victim}) {
            if (node != null) {
                node.close();
            }
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void aKilledNodeLosesNoAcknowledgedStartAndItsJobsRunOnTheOtherNode() throws Exception {
        postgres = EmbeddedPostgres.builder().start();
        String url = postgres.getJdbcUrl("postgres", "postgres");
        survivor = Node.start("crash-survivor", url, "postgres");
        victim = Node.start("crash-victim", url, "postgres");
        survivor.awaitReady(Duration.ofMinutes(4));
        victim.awaitReady(Duration.ofMinutes(4));

        List<String> dueTimers = bringTimersDue();
        List<String> acknowledged = new ArrayList<>();
        for (int i = 1; i <= STARTS; i++) {
            if (i == 5) {
                victim.kill();
            }
            // the load alternates between the nodes while both live, as a proxy would send it
            Node node = victim.isAlive() && i % 2 == 0 ? victim : survivor;
            String code = "CRASH" + i;
            var started = node.rest.post(
                    "/engine-rest/process-definition/key/transition-lifecycle/submit-form",
                    "hq-planner",
                    startBody(code));
            if (started.status() == 200) {
                acknowledged.add(code);
            }
        }

        assertThat(acknowledged).hasSizeGreaterThanOrEqualTo(STARTS - 3);
        for (String code : acknowledged) {
            assertThat(survivor.rest.get("/api/operations/" + code, "manager").status())
                    .as("acknowledged start of %s", code)
                    .isEqualTo(200);
        }
        Instant until = Instant.now().plusSeconds(120);
        while (!allRan(dueTimers) && Instant.now().isBefore(until)) {
            Thread.sleep(2000);
        }
        assertThat(dueTimers)
                .allSatisfy(job ->
                        assertThat(successes(job)).as("runs of timer %s", job).isEqualTo(1));
        assertThat(survivor.rest
                        .get("/engine-rest/incident/count", "demo")
                        .json()
                        .path("count")
                        .asLong())
                .isZero();
    }

    /** The demo data's timers, made due now: both nodes compete for them until one dies. */
    private static List<String> bringTimersDue() {
        List<String> ids = new ArrayList<>();
        for (var job : survivor.rest
                .get("/engine-rest/job?timers=true&maxResults=6", "demo")
                .json()) {
            String id = job.path("id").asText();
            survivor.bringDueNow(id);
            ids.add(id);
        }
        assertThat(ids).isNotEmpty();
        return ids;
    }

    private static boolean allRan(List<String> jobs) {
        return jobs.stream().allMatch(job -> successes(job) > 0);
    }

    private static long successes(String job) {
        return survivor.jobLog(job, "successLog");
    }

    private static Map<String, Object> startBody(String code) {
        return RestClient.submission(new FormFiller(Clock.systemUTC())
                .fill(TransitionLifecycle.FORM_START_TRANSITION, Map.of(TransitionLifecycle.OPERATION_CODE, code)));
    }
}
