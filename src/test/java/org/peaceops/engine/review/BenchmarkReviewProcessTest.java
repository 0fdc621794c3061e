package org.peaceops.engine.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.peaceops.engine.Transitions.DRAWDOWN_OPERATION;
import static org.peaceops.engine.lifecycle.TransitionLifecycle.*;
import static org.peaceops.engine.review.BenchmarkReview.*;

import java.time.Instant;
import java.util.Date;
import java.util.List;
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
import org.peaceops.engine.benchmark.BenchmarkRecords;
import org.peaceops.engine.escalation.Escalations;
import org.peaceops.engine.registry.TransitionRegistry;
import org.peaceops.engine.risk.RiskRegister;
import org.peaceops.engine.shared.InputRejectedException;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * benchmark-review.bpmn, which the lifecycle runs every review period of the drawdown: measurements
 * by the indicators' owners, ratings by the status decisions, overdue measurements followed up,
 * slipped minimum conditions (a risk accepted; a reassessment requested is in
 * StrategicAssessmentProcessTest) and the operation's own review period.
 */
@ProcessTest
class BenchmarkReviewProcessTest {

    @Autowired
    ProcessEngine engine;

    @Autowired
    ProcessDriver driver;

    @Autowired
    Transitions transitions;

    @Autowired
    Timers timers;

    @Autowired
    TransitionRegistry registry;

    @Autowired
    Escalations escalations;

    @Autowired
    RiskRegister riskRegister;

    @Autowired
    ReviewRecords reviews;

    @Autowired
    ReviewSchedule schedule;

    @Autowired
    BenchmarkRecords benchmarks;

    /** A transition in drawdown with one phase and no benchmarks: its reviews have nothing to rate. */
    static final String OPERATION_WITHOUT_BENCHMARKS =
            """
            {"format": "transition-portfolio/1", "operations": [{"code": "%1$s", "name": "No benchmarks %1$s",
              "type": "SPM", "hostCountry": "XAR",
              "transition": {"trigger": "PLANNED", "startedOn": "2025-06-01", "stage": "DRAWDOWN"},
              "phases": [{"seq": 1, "name": "All regions", "status": "ONGOING"}]}]}
            """;

    String code;

    @BeforeEach
    void newOperation() {
        code = transitions.newOperation();
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void theReviewComesEveryPeriodAndWithoutBenchmarksClosesAtOnce() {
        ProcessInstance lifecycle = transitions.imported(code, OPERATION_WITHOUT_BENCHMARKS);

        ProcessInstance first = timers.review(code, lifecycle);
        assertThat(passed(first))
                .containsExactly(START_REVIEW_DUE, TASK_OPEN_REVIEW, TASK_CLOSE_REVIEW, END_REVIEW_CLOSED);
        assertThat(timers.reviewTimer(lifecycle).getDuedate())
                .isEqualTo(Date.from(Instant.parse("2026-09-02T09:00:00Z")));
        ProcessInstance second = timers.review(code, lifecycle);
        assertThat(passed(second)).endsWith(END_REVIEW_CLOSED);

        assertThat(reviews.reviews(code))
                .extracting(ReviewRecords.Review::asOf, r -> r.closedAt() != null, r -> r.ratings()
                        .size())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(java.time.LocalDate.parse("2026-09-02"), true, 0),
                        org.assertj.core.groups.Tuple.tuple(java.time.LocalDate.parse("2026-06-02"), true, 0));
        assertThat(lifecycle).isWaitingAt(CALL_DRAWDOWN_PHASE);
    }

    @Test
    void eachBenchmarkIsMeasuredByItsOwnersRatedByTheDecisionsAndReviewedByTheTransitionCell() {
        ProcessInstance lifecycle = transitions.imported(code, DRAWDOWN_OPERATION);
        ProcessInstance review = timers.review(code, lifecycle);

        var tasks = engine.getTaskService()
                .createTaskQuery()
                .processInstanceId(review.getId())
                .taskDefinitionKey(TASK_SUBMIT_MEASUREMENT)
                .list();
        assertThat(tasks)
                .extracting(t -> t.getName() + " " + driver.groupsOf(t))
                .containsExactlyInAnyOrder(
                        code + ": Measure indicator B1.1 [host-government]",
                        code + ": Measure indicator B2.1 [transition-cell]",
                        code + ": Measure indicator B3.1 [host-government, transition-cell]",
                        code + ": Measure indicator B3.2 [host-government, transition-cell]");
        assertThat(tasks)
                .extracting(t -> t.getDueDate())
                .containsOnly(Date.from(Instant.parse("2026-06-23T09:00:00Z")));
        var b11 = driver.task(code, TASK_SUBMIT_MEASUREMENT, INDICATOR_CODE, "B1.1");
        assertThat(engine.getTaskService().getVariables(b11.getId()))
                .containsEntry(INDICATOR_NAME, "Police officers deployed")
                .containsEntry(INDICATOR_TARGET, "1000 or higher by 2026-12-31 (the benchmark’s)")
                .containsEntry(LATEST_MEASUREMENT, "0 on 2025-01-15");

        // 700 of 1000 after 503 of 715 days (703 expected): at least half, AT_RISK
        transitions.measure(code, "B1.1", Map.of(MEASURED_ON, "2026-06-01", MEASURED_NUMBER, 700));
        transitions.measure(code, "B2.1", Map.of(MEASURED_TRUE, "true"));
        transitions.measure(code, "B3.1", Map.of(MEASURED_NUMBER, 85));
        transitions.measure(
                code, "B3.2", Map.of(NEW_MEASUREMENT, "NONE", NO_VALUE_REASON, "The electoral calendar slipped"));

        var ratings = reviews.ratings(transitions.reviewId(review));
        assertThat(ratings)
                .extracting(
                        ReviewRecords.Rating::benchmarkCode,
                        ReviewRecords.Rating::status,
                        ReviewRecords.Rating::indicatorStatuses,
                        ReviewRecords.Rating::previousStatus)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("B1", "AT_RISK", "B1.1 AT_RISK", null),
                        org.assertj.core.groups.Tuple.tuple("B2", "ACHIEVED", "B2.1 ACHIEVED", null),
                        org.assertj.core.groups.Tuple.tuple("B3", "AT_RISK", "B3.1 ACHIEVED, B3.2 NO_DATA", null));
        var reviewTasks = engine.getTaskService()
                .createTaskQuery()
                .processInstanceId(review.getId())
                .taskDefinitionKey(TASK_REVIEW_STATUS)
                .list();
        assertThat(reviewTasks).hasSize(3).allSatisfy(t -> assertThat(driver.groupsOf(t))
                .containsExactly("transition-cell"));
        var b3Review = driver.task(code, TASK_REVIEW_STATUS, BENCHMARK_CODE, "B3");
        assertThat(engine.getTaskService().getVariables(b3Review.getId()))
                .containsEntry(BENCHMARK_STATUS, "AT_RISK")
                .containsEntry(STATUS_REASON, "a minimum condition with an indicator without data")
                .containsEntry(PREVIOUS_STATUS, "none (first review)");

        for (String benchmark : List.of("B1", "B2", "B3")) {
            driver.complete(code, driver.task(code, TASK_REVIEW_STATUS, BENCHMARK_CODE, benchmark), Map.of());
        }

        assertThat(review).isEnded().hasPassed(END_BENCHMARK_REVIEWED, END_REVIEW_CLOSED);
        assertThat(reviews.ratings(transitions.reviewId(review)))
                .allSatisfy(r -> assertThat(r.reviewNote()).isNotBlank());
        assertThat(reviews.gaps(transitions.reviewId(review)))
                .extracting(ReviewRecords.Gap::indicatorCode, ReviewRecords.Gap::reason)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("B3.2", "The electoral calendar slipped"));
        assertThat(benchmarks.measurements(code, "B1.1"))
                .extracting(BenchmarkRecords.MeasurementRecord::asOf, BenchmarkRecords.MeasurementRecord::value)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(java.time.LocalDate.parse("2025-01-15"), "0"),
                        org.assertj.core.groups.Tuple.tuple(java.time.LocalDate.parse("2026-06-01"), "700"));
        assertThat(lifecycle).isWaitingAt(CALL_DRAWDOWN_PHASE);
    }

    @Test
    void overdueMeasurementsEscalateToTheTransitionCellUntilItFollowsUp() {
        ProcessInstance lifecycle = transitions.imported(code, DRAWDOWN_OPERATION);
        ProcessInstance review = timers.review(code, lifecycle);
        transitions.measure(code, "B2.1", Map.of());
        transitions.measure(code, "B3.1", Map.of(MEASURED_NUMBER, 85));
        transitions.measure(code, "B3.2", Map.of());

        ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-06-23T09:01:00Z")));
        driver.runJobs(code);

        var followUp = driver.task(code, TASK_FOLLOW_UP_OVERDUE);
        assertThat(followUp.getName()).isEqualTo(code + ": Follow up overdue measurements of B1");
        assertThat(driver.groupsOf(followUp)).containsExactly("transition-cell");
        assertThat(engine.getTaskService().getVariable(followUp.getId(), MISSING_MEASUREMENTS))
                .isEqualTo("B1.1");
        assertThat(escalations.open(code)).singleElement().satisfies(e -> {
            assertThat(e.kind()).isEqualTo(OVERDUE_ESCALATION);
            assertThat(e.subject()).isEqualTo("B1");
            assertThat(e.candidateGroups()).isEqualTo("transition-cell");
            assertThat(e.dueOn()).hasToString("2026-06-30");
        });

        driver.complete(code, TASK_FOLLOW_UP_OVERDUE);

        assertThat(escalations.openCount(code)).isZero();
        assertThat(review).isWaitingAt(TASK_SUBMIT_MEASUREMENT, TASK_REVIEW_STATUS);
        transitions.measure(code, "B1.1", Map.of(MEASURED_NUMBER, 900));
        assertThat(review).hasPassed(EVENT_MEASUREMENTS_OVERDUE, END_OVERDUE_FOLLOWED_UP, TASK_RATE_BENCHMARK);
    }

    @Test
    void aMinimumConditionThatTurnsOffTrackIsAssessedByLeadershipAndDecidedByHqWhoMayAcceptTheRisk() {
        ProcessInstance lifecycle = transitions.imported(code, DRAWDOWN_OPERATION);
        ProcessInstance review = timers.review(code, lifecycle);
        // 100 of 1000 after 503 of 715 days (703 expected): under half, OFF_TRACK
        transitions.measureAll(code, Map.of("B1.1", Map.of(MEASURED_ON, "2026-06-01", MEASURED_NUMBER, 100)));
        transitions.reviewAll(code, "B1", "B2", "B3");

        assertThat(driver.task(code, TASK_DECIDE_ON_SLIPPED_CONDITION))
                .as("headquarters decide once mission leadership has recommended")
                .isNull();
        driver.complete(code, TASK_ASSESS_SLIPPED_CONDITION, Map.of(SLIP_RECOMMENDATION, "ACCEPT_RISK"));
        var decision = driver.task(code, TASK_DECIDE_ON_SLIPPED_CONDITION);
        assertThat(decision.getName()).isEqualTo(code + ": Decide on minimum condition B1");
        assertThat(driver.groupsOf(decision)).containsExactly("hq-task-force");
        assertThat(decision.getDueDate()).isEqualTo(Date.from(Instant.parse("2026-06-16T09:00:00Z")));
        var decided = driver.complete(
                code,
                TASK_DECIDE_ON_SLIPPED_CONDITION,
                Map.of(SLIP_DECISION, "ACCEPT_RISK", RISK_CATEGORY, "SECURITY", RISK_LIKELIHOOD, "HIGH"));

        assertThat(review).isEnded().hasPassed(END_RISK_ACCEPTED);
        var rating = reviews.ratings(transitions.reviewId(review)).get(0);
        assertThat(rating.decision()).isEqualTo("ACCEPT_RISK");
        var risk = riskRegister.risk(code, rating.riskId()).orElseThrow();
        assertThat(risk.status()).isEqualTo("ACCEPTED");
        assertThat(risk.category()).isEqualTo("SECURITY");
        assertThat(risk.likelihood()).isEqualTo("HIGH");
        assertThat(risk.mitigation()).isEqualTo(decided.get(RISK_JUSTIFICATION));
        assertThat(risk.description())
                .isEqualTo("Minimum condition B1 (National police deployed) is OFF_TRACK: an indicator is off track");

        // next quarter: no new value, still OFF_TRACK, but no longer turning: nobody is asked again
        ProcessInstance next = timers.review(code, lifecycle);
        var plan = driver.task(code, TASK_SUBMIT_MEASUREMENT, INDICATOR_CODE, "B2.1");
        assertThat((String) engine.getTaskService().getVariable(plan.getId(), LATEST_MEASUREMENT))
                .as("a yes-or-no value in words")
                .matches("(yes|no) on \\d{4}-\\d{2}-\\d{2}");
        transitions.measureAll(code, Map.of("B1.1", Map.of(NEW_MEASUREMENT, "NONE")));
        transitions.reviewAll(code, "B1", "B2", "B3");
        assertThat(reviews.ratings(transitions.reviewId(next)).get(0))
                .extracting(ReviewRecords.Rating::status, ReviewRecords.Rating::previousStatus)
                .containsExactly("OFF_TRACK", "OFF_TRACK");
        assertThat(next).isEnded();
        assertThat(driver.task(code, TASK_ASSESS_SLIPPED_CONDITION)).isNull();
        assertThat(driver.task(code, TASK_DECIDE_ON_SLIPPED_CONDITION)).isNull();
    }

    @Test
    void aMeasurementTheIndicatorCannotHoldIsRefusedOnItsFieldAndNothingIsStored() {
        ProcessInstance lifecycle = transitions.imported(code, DRAWDOWN_OPERATION);
        timers.review(code, lifecycle);
        var task = driver.task(code, TASK_SUBMIT_MEASUREMENT, INDICATOR_CODE, "B3.1");

        assertThatThrownBy(() -> driver.submit(code, task, Map.of(MEASURED_NUMBER, 150)))
                .satisfies(e -> assertThat(InputRejectedException.findIn(e).errors())
                        .singleElement()
                        .satisfies(error -> {
                            assertThat(error.path()).isEqualTo(MEASURED_NUMBER);
                            assertThat(error.message()).contains("between 0 and 100");
                        }));
        assertThatThrownBy(() -> driver.submit(code, task, Map.of(MEASURED_NUMBER, 50, MEASURED_ON, "2026-06-03")))
                .satisfies(e -> assertThat(InputRejectedException.findIn(e).errors())
                        .extracting(error -> error.path())
                        .containsExactly(MEASURED_ON));

        assertThat(benchmarks.measurements(code, "B3.1")).isEmpty();
        assertThat(engine.getTaskService()
                        .createTaskQuery()
                        .taskId(task.getId())
                        .count())
                .isOne();
    }

    @Test
    void theOperationsOwnReviewPeriodHoldsFromTheNextReview() {
        ProcessInstance lifecycle = transitions.imported(code, OPERATION_WITHOUT_BENCHMARKS);

        schedule.change(registry.find(code).orElseThrow(), "P1M");

        assertThat(timers.reviewTimer(lifecycle).getDuedate())
                .isEqualTo(Date.from(Instant.parse("2026-04-02T09:00:00Z")));
        timers.review(code, lifecycle);
        assertThat(timers.reviewTimer(lifecycle).getDuedate())
                .isEqualTo(Date.from(Instant.parse("2026-05-02T09:00:00Z")));
        assertThatThrownBy(() -> schedule.change(registry.find(code).orElseThrow(), "P2D"))
                .satisfies(e -> assertThat(
                                InputRejectedException.findIn(e).errors().get(0).path())
                        .isEqualTo("/period"));
        assertThat(schedule.period(code)).hasToString("P1M");
    }

    /** The activities the instance has passed through, in order; an ended one ends with its end event. */
    private List<String> passed(ProcessInstance instance) {
        return engine
                .getHistoryService()
                .createHistoricActivityInstanceQuery()
                .processInstanceId(instance.getId())
                .finished()
                .orderPartiallyByOccurrence()
                .asc()
                .list()
                .stream()
                .map(a -> a.getActivityId())
                .filter(id -> !id.endsWith("#multiInstanceBody"))
                .toList();
    }
}
