package org.peaceops.engine.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.peaceops.engine.EngineTest;
import org.peaceops.engine.RestClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The review schedule through the API: who may change it, what is refused, what it changes. */
@EngineTest
class ReviewsApiTest {

    @LocalServerPort
    int port;

    @Autowired
    ReviewSchedule schedule;

    @Autowired
    org.camunda.bpm.engine.ProcessEngine engine;

    @Autowired
    org.peaceops.engine.registry.TransitionRegistry registry;

    @Test
    void theDemoBroughtMonuscosFirstReviewForwardAndListsItsReviews() {
        var reviews = rest().get("/api/operations/MONUSCO/reviews", "monusco-leadership");

        assertThat(reviews.status()).isEqualTo(200);
        assertThat(reviews.json().path("period").asText()).isEqualTo("P3M");
        assertThat(reviews.json().path("reviews").isArray()).isTrue();
    }

    @Test
    void missionLeadershipSetsItsOperationsPeriod() {
        var response =
                rest().put("/api/operations/MONUSCO/review-period", "monusco-leadership", Map.of("period", "P2M"));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().path("period").asText()).isEqualTo("P2M");
        assertThat(schedule.period("MONUSCO")).hasToString("P2M");
        rest().put("/api/operations/MONUSCO/review-period", "hq-planner", Map.of("period", "P3M"));
        assertThat(schedule.period("MONUSCO")).hasToString("P3M");
    }

    @Test
    void theReportingPeriodIsTheOperationsOwnToSetLikeTheReviewPeriod() {
        assertThat(rest().get("/api/operations/MONUSCO/council-reports", "hq-planner")
                        .json()
                        .path("period")
                        .asText())
                .isEqualTo("P90D");

        var set = rest().put("/api/operations/MONUSCO/report-period", "monusco-leadership", Map.of("period", "P60D"));
        var refused = rest().put("/api/operations/MONUSCO/report-period", "hq-planner", Map.of("period", "P0D"));

        assertThat(set.status()).isEqualTo(200);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().path("errors").get(0).path("path").asText()).isEqualTo("/period");
        assertThat(rest().get("/api/operations/MONUSCO/council-reports", "hq-planner")
                        .json()
                        .path("period")
                        .asText())
                .isEqualTo("P60D");
        rest().put("/api/operations/MONUSCO/report-period", "hq-planner", Map.of("period", "P90D"));
    }

    @Test
    void missionLeadershipBringsTheNextReviewForward() {
        var response = rest().post("/api/operations/MONUSCO/reviews", "monusco-leadership", Map.of());

        assertThat(response.status()).isEqualTo(202);
        var timer = engine.getManagementService()
                .createJobQuery()
                .processInstanceId(registry.find("MONUSCO").orElseThrow().processInstanceId())
                .activityId("StartEvent_ReviewPeriodElapsed")
                .singleResult();
        assertThat(timer.getDuedate()).isBeforeOrEqualTo(new java.util.Date());
        assertThat(rest().post("/api/operations/MONUSCO/reviews", "monusco-host", Map.of())
                        .status())
                .as("the host government does not set the schedule")
                .isEqualTo(403);
    }

    @ParameterizedTest(name = "{0} is refused with {2}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
    # period          | user                | status | message
    P2D               | hq-planner          | 400    | between one week (P1W) and one year (P1Y)
    P2Y               | hq-planner          | 400    | between one week (P1W) and one year (P1Y)
    quarterly         | hq-planner          | 400    | not an ISO-8601 period
    P1M               | transition-officer  | 403    | only headquarters (hq-task-force) and mission leadership
    """)
    void aBadPeriodOrAnOutsiderIsRefusedAndThePeriodStays(String period, String user, int status, String message) {
        var response = rest().put("/api/operations/MONUSCO/review-period", user, Map.of("period", period));

        assertThat(response.status()).isEqualTo(status);
        assertThat(response.json().path("errors").get(0).path("message").asText())
                .contains(message);
        assertThat(schedule.period("MONUSCO")).hasToString("P3M");
    }

    @Test
    void anotherOperationsStaffSeeNoReviewsAndAnOperationWithoutLifecycleHasNoneToBringForward() {
        assertThat(rest().get("/api/operations/TRAINEX/reviews", "monusco-leadership")
                        .status())
                .isEqualTo(404);
        var unamid = rest().post("/api/operations/UNAMID/reviews", "hq-planner", Map.of());
        assertThat(unamid.status()).isEqualTo(409);
        assertThat(unamid.json().path("errors").get(0).path("message").asText())
                .contains("not in planning or drawdown");
    }

    private RestClient rest() {
        return new RestClient(port);
    }
}
