package org.peaceops.engine.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.peaceops.engine.Transitions.DRAWDOWN_OPERATION;
import static org.peaceops.engine.review.BenchmarkReview.*;

import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricDecisionInputInstance;
import org.camunda.bpm.engine.history.HistoricDecisionOutputInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.peaceops.engine.ProcessTest;
import org.peaceops.engine.Timers;
import org.peaceops.engine.Transitions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The benchmark rating of benchmark-review.bpmn runs as a business rule task, so that the engine's
 * history (and Cockpit) keeps each decision benchmark-status took, with its inputs, for the operation.
 */
@ProcessTest
class BenchmarkRatingHistoryProcessTest {

    @Autowired
    ProcessEngine engine;

    @Autowired
    Transitions transitions;

    @Autowired
    Timers timers;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void eachRatingLeavesADecisionInstanceWithItsInputsAndOutcomeInTheOperationsTenant() {
        String code = transitions.newOperation();
        ProcessInstance lifecycle = transitions.imported(code, DRAWDOWN_OPERATION);
        ProcessInstance review = timers.review(code, lifecycle);
        transitions.measure(code, "B1.1", Map.of(MEASURED_ON, "2026-06-01", MEASURED_NUMBER, 700));
        transitions.measure(code, "B2.1", Map.of(MEASURED_TRUE, "true"));
        transitions.measure(code, "B3.1", Map.of(MEASURED_NUMBER, 85));
        transitions.measure(
                code, "B3.2", Map.of(NEW_MEASUREMENT, "NONE", NO_VALUE_REASON, "The electoral calendar slipped"));

        var decisions = engine.getHistoryService()
                .createHistoricDecisionInstanceQuery()
                .processInstanceId(review.getId())
                .decisionDefinitionKey("benchmark-status")
                .includeInputs()
                .includeOutputs()
                .list();

        assertThat(decisions).hasSize(3).allSatisfy(decision -> {
            assertThat(decision.getActivityId()).isEqualTo(TASK_RATE_BENCHMARK);
            assertThat(decision.getTenantId()).isEqualTo(code);
        });
        var b3 = decisions.stream()
                .filter(decision ->
                        inputs(decision).get("Indicators with NO_DATA").equals(1))
                .findFirst()
                .orElseThrow();
        assertThat(inputs(b3))
                .containsEntry("Indicators", 2)
                .containsEntry("Indicators ACHIEVED", 1)
                .containsEntry("Minimum condition", true);
        assertThat(b3.getOutputs())
                .extracting(HistoricDecisionOutputInstance::getVariableName, HistoricDecisionOutputInstance::getValue)
                .contains(org.assertj.core.groups.Tuple.tuple("status", "AT_RISK"));
        assertThat(engine.getRuntimeService().getVariables(review.getId())).doesNotContainKey(BENCHMARK_STATUS_RESULT);
    }

    private static Map<String, Object> inputs(org.camunda.bpm.engine.history.HistoricDecisionInstance decision) {
        return decision.getInputs().stream()
                .collect(Collectors.toMap(
                        HistoricDecisionInputInstance::getClauseName, HistoricDecisionInputInstance::getValue));
    }
}
