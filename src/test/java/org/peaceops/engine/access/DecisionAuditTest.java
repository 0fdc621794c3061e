package org.peaceops.engine.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.peaceops.engine.Transitions.DRAWDOWN_OPERATION;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peaceops.engine.EngineTest;
import org.peaceops.engine.ProcessDriver;
import org.peaceops.engine.RestClient;
import org.peaceops.engine.Timers;
import org.peaceops.engine.Transitions;
import org.peaceops.engine.drawdown.DrawdownPhase;
import org.peaceops.engine.review.BenchmarkReview;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The gates' decisions are audited where managers look, Cockpit's decision views: each phase's
 * readiness and each benchmark's rating is a decision instance of a business rule task, with the
 * inputs it was taken on, that a manager reads through the engine's API (as Cockpit does) and staff
 * do not.
 */
@EngineTest
class DecisionAuditTest {

    @LocalServerPort
    int port;

    @Autowired
    Transitions transitions;

    @Autowired
    ProcessDriver driver;

    @Autowired
    Timers timers;

    RestClient rest;
    String code;

    @BeforeEach
    void aPhaseGateDecidedAndAReviewRated() {
        rest = new RestClient(port);
        code = transitions.newOperation();
        var lifecycle = transitions.imported(code, DRAWDOWN_OPERATION);
        driver.endPhase(code);
        driver.giveReadinessInputs(code, Map.of());
        timers.review(code, lifecycle);
        transitions.measureAll(code, Map.of());
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void aManagerReadsEachReadinessAndRatingDecisionWithItsInputsAndTask() {
        List<JsonNode> decisions = decisions("manager");

        JsonNode readiness = only(decisions, DrawdownPhase.DECISION_ID);
        assertThat(readiness.path("activityId").asText()).isEqualTo(DrawdownPhase.TASK_DECIDE_READINESS);
        assertThat(readiness.path("processInstanceId").asText()).isNotBlank();
        assertThat(readiness.path("inputs").findValuesAsText("clauseName"))
                .as("the facts the gate decided on")
                .hasSize(5)
                .doesNotContainNull();
        assertThat(readiness.path("outputs")).isNotEmpty();

        List<JsonNode> ratings = decisions.stream()
                .filter(d -> d.path("decisionDefinitionKey").asText().equals("benchmark-status"))
                .toList();
        assertThat(ratings).hasSize(3).allSatisfy(rating -> {
            assertThat(rating.path("activityId").asText()).isEqualTo(BenchmarkReview.TASK_RATE_BENCHMARK);
            assertThat(rating.path("inputs").findValuesAsText("clauseName"))
                    .contains("Indicators", "Minimum condition");
            assertThat(rating.path("outputs").findValuesAsText("variableName")).contains("status");
        });
    }

    @Test
    void staffReadNoneOfTheDecisions() {
        assertThat(decisions("transition-officer")).isEmpty();
    }

    private List<JsonNode> decisions(String user) {
        var response = rest.get(
                "/engine-rest/history/decision-instance?tenantIdIn=" + code + "&includeInputs=true&includeOutputs=true",
                user);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return StreamSupport.stream(response.json().spliterator(), false).toList();
    }

    private static JsonNode only(List<JsonNode> decisions, String key) {
        var found = decisions.stream()
                .filter(d -> d.path("decisionDefinitionKey").asText().equals(key))
                .toList();
        assertThat(found).as(key).hasSize(1);
        return found.get(0);
    }
}
