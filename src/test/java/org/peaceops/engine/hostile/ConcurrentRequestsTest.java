package org.peaceops.engine.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.peaceops.engine.EngineTest;
import org.peaceops.engine.RestClient;
import org.peaceops.engine.lifecycle.TransitionLifecycle;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two requests racing for the same thing, released together by a start gate: one wins, the other
 * gets 409 and leaves nothing behind. No timing is assumed: whichever comes first wins.
 */
@EngineTest
class ConcurrentRequestsTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ProcessEngine engine;

    ExecutorService callers;

    @BeforeEach
    void twoCallers() {
        callers = Executors.newFixedThreadPool(2);
    }

    @AfterEach
    void stopCallers() {
        callers.shutdownNow();
    }

    @RepeatedTest(4)
    void theSameImportPostedTwiceAtOnceIsStoredOnceAndTheOtherGets409() throws Exception {
        String code = uniqueCode("RACE");
        Map<String, Object> document = planningDocument(code);

        List<RestClient.Response> answers =
                atOnce(() -> new RestClient(port).post("/api/portfolio", "hq-planner", document));

        assertThat(answers).extracting(RestClient.Response::status).containsExactlyInAnyOrder(201, 409);
        var loser = answers.stream().filter(a -> a.status() == 409).findFirst().orElseThrow();
        assertThat(loser.json().path("errors").get(0).path("path").asText()).isEqualTo("/operations/0/code");
        assertThat(count("select count(*) from operation where code = ?", code)).isOne();
        assertThat(count("select count(*) from transition where operation_code = ?", code))
                .isOne();
        assertThat(count("select count(*) from benchmark where operation_code = ?", code))
                .isOne();
        assertThat(count("select count(*) from resolution where operation_code = ?", code))
                .isOne();
        assertThat(count("select count(*) from act_id_tenant where id_ = ?", code))
                .isOne();
        assertThat(engine.getRuntimeService()
                        .createProcessInstanceQuery()
                        .processDefinitionKey(TransitionLifecycle.PROCESS_ID)
                        .processInstanceBusinessKey(code)
                        .count())
                .as("one lifecycle")
                .isOne();
    }

    @RepeatedTest(3)
    void twoReviewsBroughtForwardAtOnceStartOneAndTheOtherGets409() throws Exception {
        String code = importedInPlanning();

        List<RestClient.Response> answers =
                atOnce(() -> new RestClient(port).post("/api/operations/" + code + "/reviews", "hq-planner", Map.of()));

        assertThat(answers).extracting(RestClient.Response::status).containsExactlyInAnyOrder(202, 409);
        var loser = answers.stream().filter(a -> a.status() == 409).findFirst().orElseThrow();
        assertThat(loser.json().path("errors").get(0).path("message").asText()).contains("brought forward already");
        assertThat(count("select count(*) from review_request where operation_code = ?", code))
                .isOne();
    }

    @Test
    void aReviewStillOpenIsA409UntilItCloses() {
        String code = importedInPlanning();
        var rest = new RestClient(port);
        assertThat(rest.post("/api/operations/" + code + "/reviews", "hq-planner", Map.of())
                        .status())
                .isEqualTo(202);

        // as the job executor would: the review brought forward opens
        var jobs = engine.getManagementService();
        jobs.createJobQuery()
                .tenantIdIn(code)
                .activityId(TransitionLifecycle.START_REVIEW_PERIOD_ELAPSED)
                .executable()
                .list()
                .forEach(job -> jobs.executeJob(job.getId()));
        for (int round = 0; round < 5; round++) {
            jobs.createJobQuery().tenantIdIn(code).executable().list().stream()
                    .filter(job -> "benchmark-review".equals(job.getProcessDefinitionKey()))
                    .forEach(job -> jobs.executeJob(job.getId()));
        }
        long jobsBefore = jobs.createJobQuery().tenantIdIn(code).count();

        var again = rest.post("/api/operations/" + code + "/reviews", "hq-planner", Map.of());

        assertThat(count("select count(*) from benchmark_review where operation_code = ? and closed_at is null", code))
                .as("the review is open")
                .isOne();
        assertThat(count("select count(*) from review_request where operation_code = ?", code))
                .as("the request is settled once the review opened")
                .isZero();
        assertThat(again.status()).as(again.body()).isEqualTo(409);
        assertThat(again.json().path("errors").get(0).path("message").asText()).contains("still open");
        assertThat(jobs.createJobQuery().tenantIdIn(code).count())
                .as("nothing started")
                .isEqualTo(jobsBefore);
    }

    private List<RestClient.Response> atOnce(Supplier<RestClient.Response> call) throws Exception {
        var gate = new CountDownLatch(1);
        List<Future<RestClient.Response>> calls = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            calls.add(callers.submit(() -> {
                gate.await();
                return call.get();
            }));
        }
        gate.countDown();
        List<RestClient.Response> answers = new ArrayList<>();
        for (var answer : calls) {
            answers.add(answer.get(60, TimeUnit.SECONDS));
        }
        return answers;
    }

    private String importedInPlanning() {
        String code = uniqueCode("REVIEW");
        var imported = new RestClient(port).post("/api/portfolio", "hq-planner", planningDocument(code));
        assertThat(imported.status()).as(imported.body()).isEqualTo(201);
        return code;
    }

    private long count(String sql, String code) {
        return jdbc.sql(sql).param(code).query(Long.class).single();
    }

    private static String uniqueCode(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    /** An operation in joint planning: its lifecycle starts there, with its review timer. */
    private static Map<String, Object> planningDocument(String code) {
        return Map.of(
                "format",
                "transition-portfolio/1",
                "operations",
                List.of(Map.of(
                        "code",
                        code,
                        "name",
                        "Race " + code,
                        "type",
                        "SPM",
                        "hostCountry",
                        "XAR",
                        "resolutions",
                        List.of(Map.of("symbol", "S/RES/9999 (2024)", "adopted", "2024-01-10")),
                        "transition",
                        Map.of("trigger", "PLANNED", "startedOn", "2024-01-15", "stage", "PLANNING"),
                        "benchmarks",
                        List.of(Map.of("code", "B1", "title", "Protection", "category", "PROTECTION_OF_CIVILIANS")))));
    }
}
