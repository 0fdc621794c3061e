package org.peaceops.engine.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.peaceops.engine.EngineTest;
import org.peaceops.engine.camunda.DeployedDecisions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The deployed decisions indicator-status and benchmark-status, rule by rule, as of 2024-06-30 with
 * a staleness limit of 180 days. Each row names the rule it expects by that rule's reason, and the
 * last check makes sure every rule of both tables has a row.
 */
@EngineTest
class StatusDecisionsTest {

    static final String AS_OF = "2024-06-30";
    static final Set<String> REASONS_SEEN = new HashSet<>();

    @Autowired
    DeployedDecisions decisions;

    @BeforeAll
    static void noReasonSeenYet() {
        REASONS_SEEN.clear();
    }

    // situation | type | direction | target | baseline | indicator target date | benchmark target date |
    // first measurement (date=value) | latest measurement | status | reason
    // 2024-01-01 to 2024-12-31 is 365 days, to 2024-06-30 181 days: 49.6 of 100 expected by the as-of date
    @ParameterizedTest(name = "{0}: {9}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
    no measurement at all                        | NUMBER    |          | 100 |     | 2024-12-31 |            |                       |                       | NO_DATA   | no measurement on or before the as-of date
    latest value 182 days old                    | NUMBER    |          | 100 |     |            |            | 2023-12-31=100        | 2023-12-31=100        | NO_DATA   | the latest value is older than 180 days
    latest value exactly 180 days old counts     | NUMBER    |          | 100 |     |            |            | 2024-01-02=100        | 2024-01-02=100        | ACHIEVED  | the latest value reaches the target
    number reaching its target upwards           | NUMBER    | INCREASE | 100 | 0   | 2024-12-31 |            | 2024-01-01=0          | 2024-06-01=100        | ACHIEVED  | the latest value reaches the target
    number reaching its target downwards         | NUMBER    | DECREASE | 10  | 50  | 2024-12-31 |            | 2024-01-01=50         | 2024-06-01=8          | ACHIEVED  | the latest value reaches the target
    percent over its target                      | PERCENT   |          | 90  |     |            |            | 2024-06-01=95         | 2024-06-01=95         | ACHIEVED  | the latest value reaches the target
    ordinal at its target level                  | ORDINAL   |          | 3   |     | 2024-03-31 |            | 2024-01-01=1          | 2024-06-01=3          | ACHIEVED  | the latest value reaches the target
    boolean true                                 | BOOLEAN   |          |     |     | 2024-03-31 |            | 2024-06-01=true       | 2024-06-01=true       | ACHIEVED  | the latest value reaches the target
    milestone reached on a past date             | MILESTONE |          |     |     |            |            | 2024-06-01=2024-05-20 | 2024-06-01=2024-05-20 | ACHIEVED  | the latest value reaches the target
    number without a target                      | NUMBER    | INCREASE |     |     | 2024-12-31 |            | 2024-06-01=5          | 2024-06-01=5          | NO_DATA   | the indicator has no target
    ordinal without a target                     | ORDINAL   |          |     |     |            |            | 2024-06-01=2          | 2024-06-01=2          | NO_DATA   | the indicator has no target
    short of its target after its target date    | NUMBER    |          | 100 |     | 2024-06-29 |            | 2024-01-01=0          | 2024-06-01=90         | OFF_TRACK | the target date has passed
    benchmark's target date when none of its own | PERCENT   |          | 100 |     |            | 2024-06-01 | 2024-01-01=0          | 2024-06-01=90         | OFF_TRACK | the target date has passed
    own target date wins over the benchmark's    | NUMBER    |          | 100 | 0   | 2024-12-31 | 2024-06-01 | 2024-01-01=0          | 2024-06-30=90         | ON_TRACK  | progress at least as expected
    boolean still false after its target date    | BOOLEAN   |          |     |     | 2024-06-01 |            | 2024-06-01=false      | 2024-06-01=false      | OFF_TRACK | the target date has passed
    boolean still false, not yet due             | BOOLEAN   |          |     |     |            |            | 2024-06-01=false      | 2024-06-01=false      | ON_TRACK  | not reached yet, and not yet due
    milestone planned after the as-of date       | MILESTONE |          |     |     | 2024-12-31 |            | 2024-06-01=2024-09-01 | 2024-06-01=2024-09-01 | ON_TRACK  | not reached yet, and not yet due
    a target but no target date                  | NUMBER    |          | 100 | 0   |            |            | 2024-01-01=0          | 2024-06-01=10         | ON_TRACK  | no target date to measure progress against
    first measurement today: nothing expected    | NUMBER    |          | 100 |     | 2024-12-31 |            | 2024-06-30=10         | 2024-06-30=10         | ON_TRACK  | no progress expected yet
    baseline beyond the target the wrong way     | NUMBER    |          | 100 | 120 | 2024-12-31 |            | 2024-01-01=90         | 2024-06-01=90         | ON_TRACK  | no progress expected yet
    ahead of the straight line                   | NUMBER    | INCREASE | 100 | 0   | 2024-12-31 |            | 2024-01-01=0          | 2024-06-15=50         | ON_TRACK  | progress at least as expected
    no baseline: the first value is the baseline | NUMBER    |          | 100 |     | 2024-12-31 |            | 2024-01-01=0          | 2024-06-15=50         | ON_TRACK  | progress at least as expected
    between half and all of the expected         | NUMBER    | INCREASE | 100 | 0   | 2024-12-31 |            | 2024-01-01=0          | 2024-06-15=30         | AT_RISK   | progress at least half of what is expected
    the same, downwards                          | NUMBER    | DECREASE | 0   | 100 | 2024-12-31 |            | 2024-01-01=100        | 2024-06-15=60         | AT_RISK   | progress at least half of what is expected
    under half of the expected                   | PERCENT   | INCREASE | 100 | 0   | 2024-12-31 |            | 2024-01-01=0          | 2024-06-15=20         | OFF_TRACK | less than half of the expected progress
    moving the wrong way                         | NUMBER    | DECREASE | 0   | 100 | 2024-12-31 |            | 2024-01-01=100        | 2024-06-15=110        | OFF_TRACK | less than half of the expected progress
    """)
    void indicatorStatusFollowsTheFirstRuleThatApplies(
            String situation,
            String type,
            String direction,
            Double target,
            Double baseline,
            String indicatorTargetDate,
            String benchmarkTargetDate,
            String first,
            String latest,
            String status,
            String reason) {
        Map<String, Object> facts = new HashMap<>();
        facts.put("asOf", AS_OF);
        facts.put("indicatorType", type);
        facts.put("direction", direction);
        facts.put("target", target);
        facts.put("baseline", baseline);
        facts.put("indicatorTargetDate", indicatorTargetDate);
        facts.put("benchmarkTargetDate", benchmarkTargetDate);
        facts.put("firstOn", first == null ? null : first.split("=")[0]);
        facts.put("firstValue", first == null ? null : value(type, first.split("=")[1]));
        facts.put("latestOn", latest == null ? null : latest.split("=")[0]);
        facts.put("latestValue", latest == null ? null : value(type, latest.split("=")[1]));
        facts.put("stalenessLimitDays", 180);

        var result = decisions.evaluate(decisions.latest(BenchmarkStatuses.INDICATOR_DECISION), facts);

        assertThat(List.of(result.<String>getEntry("status"), result.<String>getEntry("reason")))
                .as(situation)
                .containsExactly(status, reason);
        REASONS_SEEN.add("indicator-status: " + reason);
    }

    @ParameterizedTest(name = "{0} indicators: {1} achieved, {2} off track, {3} at risk, {4} no data, minimum {5}: {6}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
    # indicators | achieved | off track | at risk | no data | minimum condition | status | reason
    0 | 0 | 0 | 0 | 0 | false | NO_DATA   | the benchmark has no indicators
    0 | 0 | 0 | 0 | 0 | true  | NO_DATA   | the benchmark has no indicators
    2 | 2 | 0 | 0 | 0 | true  | ACHIEVED  | all indicators achieved
    3 | 1 | 1 | 1 | 0 | false | OFF_TRACK | an indicator is off track
    3 | 0 | 1 | 0 | 2 | true  | OFF_TRACK | an indicator is off track
    3 | 1 | 0 | 1 | 1 | false | AT_RISK   | an indicator is at risk
    2 | 1 | 0 | 0 | 1 | true  | AT_RISK   | a minimum condition with an indicator without data
    2 | 0 | 0 | 0 | 2 | true  | AT_RISK   | a minimum condition with an indicator without data
    2 | 0 | 0 | 0 | 2 | false | NO_DATA   | no indicator has data
    2 | 1 | 0 | 0 | 1 | false | ON_TRACK  | on track
    2 | 0 | 0 | 0 | 0 | true  | ON_TRACK  | on track
    """)
    void benchmarkStatusFollowsTheFirstRuleThatApplies(
            int indicators,
            int achieved,
            int offTrack,
            int atRisk,
            int noData,
            boolean minimumCondition,
            String status,
            String reason) {
        var result = decisions.evaluate(
                decisions.latest(BenchmarkStatuses.BENCHMARK_DECISION),
                Map.of(
                        "indicatorCount", indicators,
                        "achieved", achieved,
                        "offTrack", offTrack,
                        "atRisk", atRisk,
                        "noData", noData,
                        "minimumCondition", minimumCondition));

        assertThat(List.of(result.<String>getEntry("status"), result.<String>getEntry("reason")))
                .containsExactly(status, reason);
        REASONS_SEEN.add("benchmark-status: " + reason);
    }

    /** Runs after both tables: a rule that no row reaches would be a rule nobody tested. */
    @AfterAll
    static void everyRuleOfBothTablesHasARow() {
        Set<String> reasons = new HashSet<>();
        for (String file : List.of("processes/indicator-status.dmn", "processes/benchmark-status.dmn")) {
            var model = Dmn.readModelFromFile(new File(file));
            for (Decision decision : model.getModelElementsByType(Decision.class)) {
                if (decision.getExpression() instanceof DecisionTable table) {
                    table.getRules().forEach(rule -> {
                        String text =
                                rule.getOutputEntries().stream().toList().get(1).getTextContent();
                        reasons.add(decision.getId() + ": "
                                + text.replace("\" + string(stalenessLimitDays) + \"", "180")
                                        .replace("\"", ""));
                    });
                }
            }
        }
        assertThat(REASONS_SEEN).containsExactlyInAnyOrderElementsOf(reasons);
    }

    private static Object value(String type, String text) {
        return switch (type) {
            case "BOOLEAN" -> Boolean.valueOf(text);
            case "MILESTONE" -> text;
            default -> Double.valueOf(text);
        };
    }
}
