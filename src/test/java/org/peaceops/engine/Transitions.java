package org.peaceops.engine;

import static org.peaceops.engine.review.BenchmarkReview.*;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.peaceops.engine.lifecycle.TransitionLifecycle;
import org.peaceops.engine.monitoring.PostTransition;
import org.peaceops.engine.planning.JointTransitionPlanning;
import org.peaceops.engine.portfolio.PortfolioImport;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Test operations put at a stage of their transition, for the process tests: started and worked to
 * the first draft of their plan, or imported at drawdown or closure from the portfolio documents below
 * (each names the operation %1$s). Also the steps on them that several process test classes take.
 */
public class Transitions {

    /** The engine's today when each process test begins. */
    public static final Instant TODAY = Instant.parse("2026-03-02T09:00:00Z");

    /**
     * An operation in drawdown with three benchmarks (two minimum conditions) and three phases: the
     * second under way with two sites still open, the third on hold without sites.
     */
    public static final String DRAWDOWN_OPERATION =
            """
            {"format": "transition-portfolio/1", "operations": [{"code": "%1$s", "name": "Review test %1$s",
              "type": "PKO", "hostCountry": "XAR",
              "transition": {"trigger": "COUNCIL_DECISION", "startedOn": "2025-01-15", "stage": "DRAWDOWN"},
              "benchmarks": [
                {"code": "B1", "title": "National police deployed", "category": "SECURITY", "owner": "NATIONAL",
                 "minimumCondition": true, "targetDate": "2026-12-31",
                 "indicators": [{"code": "B1.1", "name": "Police officers deployed", "type": "NUMBER",
                                 "direction": "INCREASE", "baseline": 0, "target": 1000,
                                 "measurements": [{"asOf": "2025-01-15", "value": 0}]}]},
                {"code": "B2", "title": "Protection plan adopted", "category": "PROTECTION_OF_CIVILIANS", "owner": "UN",
                 "indicators": [{"code": "B2.1", "name": "Plan adopted", "type": "BOOLEAN"}]},
                {"code": "B3", "title": "Services covered", "category": "HUMANITARIAN", "owner": "JOINT",
                 "minimumCondition": true, "targetDate": "2026-12-31",
                 "indicators": [{"code": "B3.1", "name": "Coverage", "type": "PERCENT", "target": 80},
                                {"code": "B3.2", "name": "Local elections held", "type": "MILESTONE"}]}],
              "phases": [
                {"seq": 1, "name": "West", "status": "COMPLETED", "plannedStart": "2025-02-01", "plannedEnd": "2025-08-31"},
                {"seq": 2, "name": "East", "status": "ONGOING", "plannedStart": "2025-09-01", "plannedEnd": "2026-09-30",
                 "sites": [{"name": "Camp Alpha", "type": "BASE"},
                           {"name": "Beta", "type": "TEAM_SITE", "status": "OPEN", "area": "East"},
                           {"name": "Gamma office", "type": "FIELD_OFFICE", "status": "HANDED_OVER",
                            "closedOn": "2025-12-15"}]},
                {"seq": 3, "name": "North", "status": "ON_HOLD"}]}]}
            """;

    /** A transition just past its planning: no benchmarks, two planned phases, the first with one site. */
    public static final String PHASED_OPERATION =
            """
            {"format": "transition-portfolio/1", "operations": [{"code": "%1$s", "name": "Phased %1$s",
              "type": "PKO", "hostCountry": "XAR",
              "transition": {"trigger": "COUNCIL_DECISION", "startedOn": "2025-06-01", "stage": "DRAWDOWN"},
              "phases": [
                {"seq": 1, "name": "North", "plannedStart": "2026-04-01", "plannedEnd": "2026-10-31",
                 "sites": [{"name": "Kidal", "type": "BASE", "area": "North"}]},
                {"seq": 2, "name": "South", "plannedStart": "2026-11-01", "plannedEnd": "2027-03-31"}]}]}
            """;

    /**
     * A drawdown behind its dates: two sites of a completed phase still open after its end (as
     * Minembwe was in MONUSCO's), and the phase under way more than 30 days past its end.
     */
    public static final String LATE_OPERATION =
            """
            {"format": "transition-portfolio/1", "operations": [{"code": "%1$s", "name": "Late %1$s",
              "type": "PKO", "hostCountry": "XAR",
              "transition": {"trigger": "COUNCIL_DECISION", "startedOn": "2025-06-01", "stage": "DRAWDOWN"},
              "phases": [
                {"seq": 1, "name": "South", "status": "COMPLETED", "plannedStart": "2025-07-01", "plannedEnd": "2025-12-31",
                 "sites": [{"name": "Minembwe", "type": "BASE"}, {"name": "Baraka", "type": "TEAM_SITE"},
                           {"name": "Uvira", "type": "CAMP", "status": "CLOSED"}]},
                {"seq": 2, "name": "Centre", "status": "ONGOING", "plannedStart": "2026-01-01", "plannedEnd": "2026-01-15"}]}]}
            """;

    /** A transition imported at closure, its mandate due to end on 2026-06-30. */
    public static final String CLOSING_OPERATION =
            """
            {"format": "transition-portfolio/1", "operations": [{"code": "%1$s", "name": "Closing %1$s",
              "type": "PKO", "hostCountry": "XAR",
              "transition": {"trigger": "COUNCIL_DECISION", "startedOn": "2024-01-01", "stage": "CLOSURE",
                             "mandateEnd": "2026-06-30", "withdrawalDeadline": "2026-12-31"}}]}
            """;

    /** A quarter of post-transition monitoring without a sign of relapse. */
    public static final Map<String, Object> CALM = Map.of(
            PostTransition.PROTECTION_INCIDENTS, "STABLE",
            PostTransition.POLITICAL_STABILITY, "STABLE",
            PostTransition.FUNDING_PERCENT, 80);

    private final ProcessEngine engine;
    private final ProcessDriver driver;
    private final JdbcClient jdbc;
    private final PortfolioImport portfolioImport;
    private final ObjectMapper json;

    public Transitions(
            ProcessEngine engine,
            ProcessDriver driver,
            JdbcClient jdbc,
            PortfolioImport portfolioImport,
            ObjectMapper json) {
        this.engine = engine;
        this.driver = driver;
        this.jdbc = jdbc;
        this.portfolioImport = portfolioImport;
        this.json = json;
    }

    /**
     * The code of an operation no test used before, with the engine's clock at {@link #TODAY} (each
     * test moves it as its timers come due).
     */
    public String newOperation() {
        BpmnAwareTests.init(engine);
        ClockUtil.setCurrentTime(Date.from(TODAY));
        return "T" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    /** The operation imported from the document, as HQ planners import a portfolio; its lifecycle. */
    public ProcessInstance imported(String operationCode, String document) {
        try {
            var result = portfolioImport.importDocument(json.readTree(document.formatted(operationCode)), "hq-planner");
            driver.runJobs(operationCode);
            return engine.getRuntimeService()
                    .createProcessInstanceQuery()
                    .processInstanceId(result.operations().get(0).processInstanceId())
                    .singleResult();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A lifecycle that the Council let proceed, with the first draft of the plan written. */
    public ProcessInstance planDrafted(String operationCode) {
        ProcessInstance lifecycle = driver.startLifecycle(operationCode);
        driver.clearAssessment(operationCode);
        driver.complete(
                operationCode,
                TransitionLifecycle.TASK_RECORD_COUNCIL_DECISION,
                Map.of(TransitionLifecycle.COUNCIL_OUTCOME, "PROCEED"));
        driver.complete(operationCode, JointTransitionPlanning.TASK_DRAFT_TRANSITION_PLAN);
        return lifecycle;
    }

    public long phaseId(String operationCode, int seq) {
        return jdbc.sql("select id from phase where operation_code = ? and seq = ?")
                .params(operationCode, seq)
                .query(Long.class)
                .single();
    }

    public long siteId(String operationCode, String name) {
        return jdbc.sql(
                        "select s.id from site s join phase p on p.id = s.phase_id where p.operation_code = ? and s.name = ?")
                .params(operationCode, name)
                .query(Long.class)
                .single();
    }

    /** The indicator's owners submit its measurement in the open review: valid values unless given. */
    public void measure(String operationCode, String indicator, Map<String, Object> given) {
        driver.complete(
                operationCode, driver.task(operationCode, TASK_SUBMIT_MEASUREMENT, INDICATOR_CODE, indicator), given);
    }

    /** Measures every indicator of {@link #DRAWDOWN_OPERATION}: valid values unless given. */
    public void measureAll(String operationCode, Map<String, Map<String, Object>> given) {
        Map<String, Map<String, Object>> defaults = Map.of(
                "B1.1", Map.of(MEASURED_NUMBER, 700),
                "B2.1", Map.of(MEASURED_TRUE, "true"),
                "B3.1", Map.of(MEASURED_NUMBER, 85),
                "B3.2", Map.of());
        defaults.forEach(
                (indicator, values) -> measure(operationCode, indicator, given.getOrDefault(indicator, values)));
    }

    /** The transition cell reviews the status of each of these benchmarks. */
    public void reviewAll(String operationCode, String... benchmarkCodes) {
        for (String benchmark : benchmarkCodes) {
            driver.complete(
                    operationCode, driver.task(operationCode, TASK_REVIEW_STATUS, BENCHMARK_CODE, benchmark), Map.of());
        }
    }

    /** The id of the review's row in the project's tables. */
    public long reviewId(ProcessInstance review) {
        return (Long) engine.getHistoryService()
                .createHistoricVariableInstanceQuery()
                .processInstanceId(review.getId())
                .variableName(REVIEW_ID)
                .singleResult()
                .getValue();
    }
}
