package org.peaceops.engine.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.function.Supplier;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.peaceops.engine.EngineTest;
import org.peaceops.engine.FormFiller;
import org.peaceops.engine.ProcessDriver;
import org.peaceops.engine.RestClient;
import org.peaceops.engine.WebappSession;
import org.peaceops.engine.assessment.StrategicAssessment;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two people acting on the same task at the same moment: one wins, the other is told so with a 409
 * (or a 404 once the task is gone) in plain words, and the task's work is done exactly once.
 */
@EngineTest
class EngineRacesTest {

    private static final int ROUNDS = 20;

    @LocalServerPort
    int port;

    @Autowired
    ProcessEngine engine;

    @Autowired
    ProcessDriver driver;

    @Autowired
    FormFiller forms;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theSameTaskCompletedFromTwoThreadsIsDoneOnceAndTheLoserGetsA409Or404() {
        for (int round = 0; round < ROUNDS; round++) {
            String code = HostileSetup.newCode("R");
            driver.startLifecycle(code);
            Task task = driver.task(code, StrategicAssessment.TASK_DRAFT_TERMS_OF_REFERENCE);
            String body = submission(task);
            var rest = new RestClient(port);

            List<RestClient.Response> answers = atOnce(
                    () -> rest.postRaw("/engine-rest/task/" + task.getId() + "/submit-form", "hq-planner", body));

            assertOneWonAndTheOtherWasToldPlainly(answers);
            assertThat(engine.getHistoryService()
                            .createHistoricTaskInstanceQuery()
                            .processInstanceBusinessKey(code)
                            .taskDefinitionKey(StrategicAssessment.TASK_DRAFT_TERMS_OF_REFERENCE)
                            .finished()
                            .count())
                    .isOne();
            assertThat(jdbc.sql("select count(*) from assessment_record where operation_code = ?")
                            .param(code)
                            .query(Long.class)
                            .single())
                    .isOne();
        }
    }

    @Test
    void twoTasklistSessionsCompletingTheSameTaskGetOne204AndOne409Or404() {
        for (int round = 0; round < ROUNDS / 2; round++) {
            String code = HostileSetup.newCode("R");
            driver.startLifecycle(code);
            Task task = driver.task(code, StrategicAssessment.TASK_DRAFT_TERMS_OF_REFERENCE);
            // signed in after the operation's tenant exists: the tests keep no refresh of a session's tenants
            var first = WebappSession.signIn(port, "hq-planner");
            var second = WebappSession.signIn(port, "hq-planner");
            String body = submission(task);
            String path = "/camunda/api/engine/engine/default/task/" + task.getId() + "/submit-form";

            var served = LoggedWarnings.whileServing(
                    () -> atOnce(List.of(() -> first.postJson(path, body), () -> second.postJson(path, body))));

            assertOneWonAndTheOtherWasToldPlainly(served.response());
            assertThat(served.warnings())
                    .as("a lost race logs no warning or error")
                    .isEmpty();
        }
    }

    @Test
    void twoClaimsOfTheSameTaskAtOnceLeaveOneAssigneeAndTheOtherGetsA409() {
        String code = HostileSetup.newCode("R");
        driver.startLifecycle(code);
        Task task = driver.task(code, StrategicAssessment.TASK_DRAFT_TERMS_OF_REFERENCE);
        var rest = new RestClient(port);

        List<RestClient.Response> answers = atOnce(() -> rest.postRaw(
                "/engine-rest/task/" + task.getId() + "/claim", "hq-planner", "{\"userId\":\"hq-planner\"}"));

        assertThat(answers).extracting(RestClient.Response::status).contains(204);
        answers.stream().filter(a -> a.status() != 204).forEach(loser -> {
            assertThat(loser.status()).as(loser.body()).isEqualTo(409);
            assertThat(loser.body()).doesNotContain("ENGINE-");
        });
        assertThat(engine.getTaskService()
                        .createTaskQuery()
                        .taskId(task.getId())
                        .singleResult()
                        .getAssignee())
                .isEqualTo("hq-planner");
    }

    @Test
    void theSameCouncilDecisionSentTwiceAtOnceIsTakenOnceAndTheLoserGetsA409() {
        for (int round = 0; round < ROUNDS / 4; round++) {
            String code = HostileSetup.newCode("R");
            driver.startLifecycle(code);
            driver.clearAssessment(code);
            String message = "{\"messageName\":\"Message_CouncilDecision\",\"businessKey\":\"" + code + "\","
                    + "\"processVariables\":{\"resolutionSymbol\":{\"value\":\"S/RES/2801 (2026)\"},"
                    + "\"resolutionAdoptedOn\":{\"value\":\"2026-01-15\"},\"councilOutcome\":{\"value\":\"PROCEED\"}}}";
            var rest = new RestClient(port);

            var served = LoggedWarnings.whileServing(
                    () -> atOnce(() -> rest.postRaw("/engine-rest/message", "hq-planner", message)));

            assertOneWonAndTheOtherWasToldPlainly(served.response());
            assertThat(served.warnings())
                    .as("a lost race logs no warning or error")
                    .isEmpty();
            var outcome = engine.getHistoryService()
                    .createHistoricVariableInstanceQuery()
                    .processInstanceId(driver.startedLifecycle(code))
                    .variableName("councilOutcome")
                    .singleResult();
            assertThat(engine.getHistoryService()
                            .createHistoricDetailQuery()
                            .variableUpdates()
                            .variableInstanceId(outcome.getId())
                            .count())
                    .as("the decision is taken once")
                    .isOne();
            var again = rest.postRaw("/engine-rest/message", "hq-planner", message);
            assertThat(again.status())
                    .as("sent once more, later: " + again.body())
                    .isEqualTo(409);
        }
    }

    private static void assertOneWonAndTheOtherWasToldPlainly(List<RestClient.Response> answers) {
        assertThat(answers).extracting(RestClient.Response::status).containsOnlyOnce(204);
        RestClient.Response loser =
                answers.stream().filter(a -> a.status() != 204).findFirst().orElseThrow();
        assertThat(loser.status()).as(loser.body()).isIn(404, 409);
        assertThat(loser.body()).doesNotContain("ENGINE-", "org.camunda", "concurrently");
        assertThat(loser.json().path("message").asText()).isNotBlank();
    }

    private String submission(Task task) {
        try {
            return new ObjectMapper()
                    .writeValueAsString(RestClient.submission(
                            forms.fill(task.getCamundaFormRef().getKey(), Map.of())));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The same request from two threads, released together. */
    private static List<RestClient.Response> atOnce(Supplier<RestClient.Response> request) {
        return atOnce(List.of(request, request));
    }

    /** Requests from one thread each, released together. */
    private static List<RestClient.Response> atOnce(List<Supplier<RestClient.Response>> requests) {
        var gate = new CountDownLatch(1);
        var running = requests.stream()
                .map(request -> CompletableFuture.supplyAsync(() -> {
                    try {
                        gate.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return request.get();
                }))
                .toList();
        gate.countDown();
        return running.stream().map(CompletableFuture::join).toList();
    }
}
