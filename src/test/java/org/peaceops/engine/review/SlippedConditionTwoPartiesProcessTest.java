package org.peaceops.engine.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.peaceops.engine.Transitions.DRAWDOWN_OPERATION;
import static org.peaceops.engine.review.BenchmarkReview.*;

import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peaceops.engine.ProcessDriver;
import org.peaceops.engine.ProcessTest;
import org.peaceops.engine.Timers;
import org.peaceops.engine.Transitions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Resolution 2594, OP 4: a minimum condition that slipped is assessed by mission leadership, who
 * recommend, and decided by headquarters; both are recorded in the rating, each with who and when.
 */
@ProcessTest
class SlippedConditionTwoPartiesProcessTest {

    @Autowired
    ProcessEngine engine;

    @Autowired
    ProcessDriver driver;

    @Autowired
    Transitions transitions;

    @Autowired
    Timers timers;

    @Autowired
    ReviewRecords reviews;

    String code;
    ProcessInstance review;

    @BeforeEach
    void aMinimumConditionHasSlipped() {
        code = transitions.newOperation();
        ProcessInstance lifecycle = transitions.imported(code, DRAWDOWN_OPERATION);
        review = timers.review(code, lifecycle);
        // 100 of 1000 after 503 of 715 days (703 expected): under half, OFF_TRACK
        transitions.measureAll(code, Map.of("B1.1", Map.of(MEASURED_ON, "2026-06-01", MEASURED_NUMBER, 100)));
        transitions.reviewAll(code, "B1", "B2", "B3");
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void missionLeadershipRecommendsThenHeadquartersDecideAndEachIsRecordedWithWhoAndWhen() {
        var assessment = driver.task(code, TASK_ASSESS_SLIPPED_CONDITION);
        assertThat(assessment.getName()).isEqualTo(code + ": Assess minimum condition B1 and recommend");
        assertThat(driver.groupsOf(assessment)).containsExactly("mission-leadership");
        assertThat(assessment.getDescription()).contains("headquarters decides");

        engine.getTaskService().setAssignee(assessment.getId(), "trainex-leadership");
        var recommended = driver.complete(
                code, TASK_ASSESS_SLIPPED_CONDITION, Map.of(SLIP_RECOMMENDATION, "REQUEST_REASSESSMENT"));
        var decision = driver.task(code, TASK_DECIDE_ON_SLIPPED_CONDITION);
        assertThat(engine.getTaskService().getVariables(decision.getId()))
                .containsEntry(SLIP_RECOMMENDATION, "REQUEST_REASSESSMENT")
                .containsEntry(SLIP_ASSESSMENT, recommended.get(SLIP_ASSESSMENT))
                .containsEntry(SLIP_RECOMMENDED_BY, "trainex-leadership");
        var afterRecommendation = reviews.ratings(transitions.reviewId(review)).get(0);
        assertThat(afterRecommendation.recommendation()).isEqualTo("REQUEST_REASSESSMENT");
        assertThat(afterRecommendation.recommendationNote()).isEqualTo(recommended.get(SLIP_ASSESSMENT));
        assertThat(afterRecommendation.recommendedBy()).isEqualTo("trainex-leadership");
        assertThat(afterRecommendation.recommendedAt()).isNotNull();
        assertThat(afterRecommendation.decision())
                .as("headquarters have not decided yet")
                .isNull();

        engine.getTaskService().setAssignee(decision.getId(), "hq-planner");
        driver.complete(code, TASK_DECIDE_ON_SLIPPED_CONDITION, Map.of(SLIP_DECISION, "ACCEPT_RISK"));

        assertThat(review).isEnded().hasPassed(TASK_ASSESS_SLIPPED_CONDITION, END_RISK_ACCEPTED);
        var rating = reviews.ratings(transitions.reviewId(review)).get(0);
        assertThat(rating.recommendation())
                .as("headquarters may decide otherwise; the recommendation stays as given")
                .isEqualTo("REQUEST_REASSESSMENT");
        assertThat(rating.decision()).isEqualTo("ACCEPT_RISK");
        assertThat(rating.decidedBy()).isEqualTo("hq-planner");
        assertThat(rating.decidedAt()).isNotNull();
    }

    @Test
    void aRecommendationWithoutTheAssessmentIsRefusedOnItsFieldAndNothingIsRecorded() {
        driver.refused(
                code,
                TASK_ASSESS_SLIPPED_CONDITION,
                Map.of(SLIP_RECOMMENDATION, "ACCEPT_RISK", SLIP_ASSESSMENT, ""),
                SLIP_ASSESSMENT,
                "required");

        var rating = reviews.ratings(transitions.reviewId(review)).get(0);
        assertThat(rating.recommendation()).isNull();
        assertThat(rating.recommendedBy()).isNull();
        assertThat(driver.task(code, TASK_DECIDE_ON_SLIPPED_CONDITION)).isNull();
    }
}
