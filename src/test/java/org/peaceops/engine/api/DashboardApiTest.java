package org.peaceops.engine.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.peaceops.engine.Transitions.DRAWDOWN_OPERATION;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peaceops.engine.EngineTest;
import org.peaceops.engine.RestClient;
import org.peaceops.engine.Timers;
import org.peaceops.engine.Transitions;
import org.peaceops.engine.escalation.Escalations;
import org.peaceops.engine.review.BenchmarkReview;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The transition dashboard's API as a manager reads it: the portfolio by stage, and one operation's
 * benchmarks with their measurements and reviews, drawdown, escalations and overdue tasks by group
 * (with the groups' names); each limited to the caller's tenants.
 */
@EngineTest
class DashboardApiTest {

    @LocalServerPort
    int port;

    @Autowired
    ProcessEngine engine;

    @Autowired
    Transitions transitions;

    @Autowired
    Timers timers;

    @Autowired
    Escalations escalations;

    RestClient rest;
    String code;
    ProcessInstance lifecycle;

    @BeforeEach
    void anOperationInDrawdown() {
        rest = new RestClient(port);
        code = transitions.newOperation();
        lifecycle = transitions.imported(code, DRAWDOWN_OPERATION);
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void thePortfolioListsTheOperationsInTransitionByStageWithTheirLifecycle() {
        JsonNode portfolio = get("/api/dashboard/portfolio");

        JsonNode operation = operation(portfolio, code);
        assertThat(operation.path("status").asText()).isEqualTo("IN_TRANSITION");
        assertThat(operation.path("stage").asText()).isEqualTo("DRAWDOWN");
        assertThat(operation.path("lifecycle").path("processInstanceId").asText())
                .isEqualTo(lifecycle.getId());
        assertThat(operation.path("lifecycle").path("running").asBoolean()).isTrue();
        assertThat(operation.path("sites").path("total").asInt()).isEqualTo(3);
        assertThat(operation.path("sites").path("closed").asInt()).isEqualTo(1);
        int benchmarks = 0;
        for (JsonNode count : operation.path("benchmarks")) {
            benchmarks += count.asInt();
        }
        assertThat(benchmarks).isEqualTo(3);
        assertThat(operation(portfolio, "MONUSCO").path("stage").asText()).isEqualTo("DRAWDOWN");
        assertThat(codes(portfolio))
                .as("UNAMID completed in 2020: past its 24 months")
                .doesNotContain("UNAMID");
        JsonNode drawdown = StreamSupport.stream(portfolio.path("stages").spliterator(), false)
                .filter(stage -> stage.path("stage").asText().equals("DRAWDOWN"))
                .findFirst()
                .orElseThrow();
        assertThat(drawdown.path("inTransition").asInt()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void anOperationShowsItsMeasurementsAndReviewsDrawdownEscalationsAndOverdueTasksByGroupName() {
        timers.review(code, lifecycle);
        LocalDate reviewDay = today();
        String measuredOn = reviewDay.minusDays(3).toString();
        transitions.measureAll(
                code,
                Map.of("B1.1", Map.of(BenchmarkReview.MEASURED_ON, measuredOn, BenchmarkReview.MEASURED_NUMBER, 700)));
        escalations.open(code, "FINANCIAL_CLIFF", null, "UNCT funding covers 30%", "hq-task-force,pbso", null);
        // ten days on: the transition cell's reviews of the three ratings, due in seven, are overdue
        ClockUtil.setCurrentTime(
                Date.from(ClockUtil.getCurrentTime().toInstant().plus(Duration.ofDays(10))));

        JsonNode dashboard = get("/api/dashboard/operations/" + code);

        assertThat(dashboard.path("status").asText()).isEqualTo("IN_TRANSITION");
        assertThat(dashboard.path("lifecycle").path("processInstanceId").asText())
                .isEqualTo(lifecycle.getId());
        JsonNode b1 = find(dashboard.path("benchmarks"), "B1");
        assertThat(b1.path("targetDate").asText()).isEqualTo("2026-12-31");
        assertThat(b1.path("status").asText()).isNotBlank();
        assertThat(b1.path("forecast").path("method").asText())
                .as("the readiness forecast, as /api/operations/{code} gives it")
                .isEqualTo("Theil–Sen");
        assertThat(b1.path("forecast").has("date") || b1.path("forecast").has("reason"))
                .isTrue();
        assertThat(b1.path("reviews").findValuesAsText("asOf")).containsExactly(reviewDay.toString());
        assertThat(b1.path("reviews").findValuesAsText("status"))
                .containsExactly(b1.path("status").asText());
        JsonNode police = find(b1.path("indicators"), "B1.1");
        assertThat(police.path("target").asDouble()).isEqualTo(1000.0);
        assertThat(police.path("baseline").asDouble()).isZero();
        assertThat(police.path("measurements").findValuesAsText("asOf")).containsExactly("2025-01-15", measuredOn);
        assertThat(police.path("measurements").findValues("value"))
                .extracting(JsonNode::asDouble)
                .containsExactly(0.0, 700.0);

        JsonNode phases = dashboard.path("drawdown");
        assertThat(StreamSupport.stream(phases.spliterator(), false)
                        .map(phase -> phase.path("name").asText())
                        .toList())
                .containsExactly("West", "East", "North");
        JsonNode east = phases.get(1);
        assertThat(east.path("sites").findValuesAsText("plannedClosure")).containsOnly("2026-09-30");
        assertThat(east.path("sites").findValues("closedOn"))
                .extracting(JsonNode::asText)
                .containsExactly("null", "null", "2025-12-15");

        JsonNode cliff = StreamSupport.stream(dashboard.path("escalations").spliterator(), false)
                .filter(e -> e.path("kind").asText().equals("FINANCIAL_CLIFF"))
                .findFirst()
                .orElseThrow();
        assertThat(cliff.path("ageDays").asInt()).isEqualTo(10);
        assertThat(StreamSupport.stream(cliff.path("groups").spliterator(), false)
                        .map(JsonNode::asText)
                        .toList())
                .containsExactly("HQ integrated task force", "Peacebuilding Support Office (PBC)");

        JsonNode cell = StreamSupport.stream(dashboard.path("overdueTasks").spliterator(), false)
                .filter(group -> group.path("groupId").asText().equals("transition-cell"))
                .findFirst()
                .orElseThrow();
        assertThat(cell.path("groupName").asText()).isEqualTo("Mission planning and transition cell");
        assertThat(cell.path("count").asInt()).isEqualTo(3);
        assertThat(cell.path("tasks").findValuesAsText("name"))
                .containsExactlyInAnyOrder(
                        code + ": Review the status of B1",
                        code + ": Review the status of B2",
                        code + ": Review the status of B3");
    }

    @Test
    void aManagerTakenOutOfAnOperationsTenantNoLongerSeesItOnTheDashboard() {
        var identity = engine.getIdentityService();
        identity.deleteTenantGroupMembership(code, "transition-managers");
        try {
            assertThat(codes(get("/api/dashboard/portfolio")))
                    .doesNotContain(code)
                    .contains("MONUSCO");
            var refused = rest.get("/api/dashboard/operations/" + code, "manager");
            assertThat(refused.status()).isEqualTo(404);
            assertThat(refused.json().path("errors").get(0).path("path").asText())
                    .isEqualTo("code");
            assertThat(codes(rest.get("/api/dashboard/portfolio", "demo").json()))
                    .as("administrators see every operation")
                    .contains(code);
        } finally {
            identity.createTenantGroupMembership(code, "transition-managers");
        }
    }

    private JsonNode get(String path) {
        var response = rest.get(path, "manager");
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    private static JsonNode operation(JsonNode portfolio, String code) {
        return find(portfolio.path("operations"), code);
    }

    private static JsonNode find(JsonNode list, String code) {
        return StreamSupport.stream(list.spliterator(), false)
                .filter(item -> item.path("code").asText().equals(code))
                .findFirst()
                .orElseThrow(() -> new AssertionError(code + " not in " + list));
    }

    private static List<String> codes(JsonNode portfolio) {
        return portfolio.path("operations").findValuesAsText("code");
    }

    private static LocalDate today() {
        return LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), ZoneOffset.UTC);
    }
}
