package org.peaceops.engine.drawdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.peaceops.engine.EngineTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The deployed decision phase-readiness, rule by rule. Each row names the outcome and every reason it
 * expects; the last check makes sure every rule of the table gave its reason in some row.
 */
@EngineTest
class PhaseReadinessDecisionTest {

    static final Set<String> REASONS_SEEN = new HashSet<>();

    @Autowired
    PhaseReadiness readiness;

    @BeforeAll
    static void noReasonSeenYet() {
        REASONS_SEEN.clear();
    }

    // situation | minimum conditions (worst) | POC plan adopted | UNDSS risk | UNCT funding % | host consent |
    // outcome | reasons, in the table's order
    @ParameterizedTest(name = "{0}: {6}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
    every condition met                     | ON_TRACK  | true  | LOW         | 80   | CONFIRMED   | PROCEED                 | all readiness conditions are met
    no minimum conditions at all            | NONE      | true  | MINIMAL     | 100  | CONFIRMED   | PROCEED                 | all readiness conditions are met
    minimum conditions achieved             | ACHIEVED  | true  | MODERATE    | 50   | CONFIRMED   | PROCEED                 | all readiness conditions are met
    consent withdrawn                       | ON_TRACK  | true  | LOW         | 80   | WITHDRAWN   | PAUSE_AND_ESCALATE      | the host government has withdrawn its consent
    very high security risk                 | ON_TRACK  | true  | VERY_HIGH   | 80   | CONFIRMED   | PAUSE_AND_ESCALATE      | UNDSS rates the security risk very high
    a minimum condition off track           | OFF_TRACK | true  | LOW         | 80   | CONFIRMED   | PAUSE_AND_ESCALATE      | a minimum-condition benchmark is off track
    funding under a quarter                 | ON_TRACK  | true  | LOW         | 24.9 | CONFIRMED   | PAUSE_AND_ESCALATE      | UNCT funding covers less than 25% of the mission's programme budget
    funding at a quarter is a cliff only    | ON_TRACK  | true  | LOW         | 25   | CONFIRMED   | PROCEED_WITH_MITIGATION | UNCT funding covers less than 50% of the mission's programme budget (financial cliff)
    funding just under half                 | ON_TRACK  | true  | LOW         | 49.9 | CONFIRMED   | PROCEED_WITH_MITIGATION | UNCT funding covers less than 50% of the mission's programme budget (financial cliff)
    no national POC plan                    | ON_TRACK  | false | LOW         | 80   | CONFIRMED   | PROCEED_WITH_MITIGATION | no national POC plan has been adopted
    high security risk                      | ON_TRACK  | true  | HIGH        | 80   | CONFIRMED   | PROCEED_WITH_MITIGATION | UNDSS rates the security risk substantial or high
    substantial security risk               | ON_TRACK  | true  | SUBSTANTIAL | 80   | CONFIRMED   | PROCEED_WITH_MITIGATION | UNDSS rates the security risk substantial or high
    a minimum condition at risk             | AT_RISK   | true  | LOW         | 80   | CONFIRMED   | PROCEED_WITH_MITIGATION | a minimum-condition benchmark is at risk or has no data
    a minimum condition without data        | NO_DATA   | true  | LOW         | 80   | CONFIRMED   | PROCEED_WITH_MITIGATION | a minimum-condition benchmark is at risk or has no data
    consent with conditions                 | ON_TRACK  | true  | LOW         | 80   | CONDITIONAL | PROCEED_WITH_MITIGATION | the host government's consent is conditional
    every mitigating reason is given        | AT_RISK   | false | HIGH        | 30   | CONDITIONAL | PROCEED_WITH_MITIGATION | no national POC plan has been adopted; UNDSS rates the security risk substantial or high; a minimum-condition benchmark is at risk or has no data; UNCT funding covers less than 50% of the mission's programme budget (financial cliff); the host government's consent is conditional
    a pause outweighs the mitigations       | AT_RISK   | false | VERY_HIGH   | 80   | CONFIRMED   | PAUSE_AND_ESCALATE      | UNDSS rates the security risk very high
    every pausing reason is given           | OFF_TRACK | true  | VERY_HIGH   | 10   | WITHDRAWN   | PAUSE_AND_ESCALATE      | the host government has withdrawn its consent; UNDSS rates the security risk very high; a minimum-condition benchmark is off track; UNCT funding covers less than 25% of the mission's programme budget
    """)
    void theFirstRuleThatAppliesDecidesAndEveryRuleOfThatOutcomeGivesItsReason(
            String situation,
            String minimumConditions,
            boolean pocPlanAdopted,
            String securityRiskLevel,
            BigDecimal fundingPercent,
            String hostConsent,
            String outcome,
            String reasons) {
        var decision = readiness.evaluate(new PhaseRecords.ReadinessInputs(
                minimumConditions,
                null,
                pocPlanAdopted,
                securityRiskLevel,
                fundingPercent.movePointLeft(2),
                hostConsent));

        assertThat(decision.outcome()).as(situation).isEqualTo(outcome);
        assertThat(decision.reasons()).as(situation).isEqualTo(reasons);
        REASONS_SEEN.addAll(Arrays.asList(reasons.split("; ")));
    }

    @AfterAll
    static void everyRuleOfTheTableWasExercised() throws Exception {
        String table = Files.readString(Path.of("processes/phase-readiness.dmn"));
        var reasons = Pattern.compile("LiteralExpression_\\w+_Reason\"><text>\"([^\"]+)\"")
                .matcher(table.replace("&#39;", "'"))
                .results()
                .map(match -> match.group(1))
                .toList();
        assertThat(reasons).hasSize(10);
        assertThat(REASONS_SEEN).containsAll(reasons);
    }
}
