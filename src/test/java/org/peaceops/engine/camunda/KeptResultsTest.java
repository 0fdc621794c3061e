package org.peaceops.engine.camunda;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.feel.api.FeelEngineApi;
import org.camunda.feel.api.FeelEngineBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A result is kept under the values of the names its evaluation read, and given back only for
 * variables with the same values under those names; what cannot be a key is evaluated each time.
 * The evaluations here read as they are told, and count how often they run.
 */
class KeptResultsTest {

    static final FeelEngineApi FEEL = FeelEngineBuilder.forJava().build();

    final KeptResults results = new KeptResults();
    final AtomicInteger evaluations = new AtomicInteger();

    /** The sum of the named variables' values (null counts 0), read in that order. */
    Object sumOf(VariableMap variables, String... names) {
        return results.evaluate(variables.asVariableContext(), reads -> {
            evaluations.incrementAndGet();
            long sum = 0;
            for (String name : names) {
                Object value = variables.get(name);
                reads.read(name, value);
                sum += value instanceof Number number ? number.longValue() : 0;
            }
            return sum;
        });
    }

    @Test
    void theSameValuesUnderTheNamesReadGiveTheKeptResultWithoutEvaluating() {
        assertThat(sumOf(facts("a", 1L, "b", 2L, "unread", 7L), "a", "b")).isEqualTo(3L);
        assertThat(sumOf(facts("a", 1L, "b", 2L, "unread", 8L), "a", "b")).isEqualTo(3L);
        assertThat(sumOf(facts("a", 1L, "b", 2L, "unread", 9L), "a", "b")).isEqualTo(3L);

        assertThat(evaluations).as("the second and third from the kept result").hasValue(2);
    }

    @Test
    void anotherValueUnderANameReadIsEvaluated() {
        assertThat(sumOf(facts("a", 1L, "b", 2L), "a", "b")).isEqualTo(3L);
        assertThat(sumOf(facts("a", 1L, "b", 2L), "a", "b")).isEqualTo(3L);
        assertThat(sumOf(facts("a", 1L, "b", 5L), "a", "b")).isEqualTo(6L);
        assertThat(sumOf(facts("a", 1L, "b", 5L), "a", "b")).isEqualTo(6L);

        assertThat(evaluations).hasValue(3);
    }

    @Test
    void aNameReadOnAnotherBranchDropsWhatWasKeptUnderFewerNames() {
        assertThat(sumOf(facts("a", 1L, "b", 2L), "a")).isEqualTo(1L);
        assertThat(sumOf(facts("a", 1L, "b", 2L), "a", "b"))
                .as("reads b as well")
                .isEqualTo(3L);
        assertThat(sumOf(facts("a", 1L, "b", 4L), "a", "b")).isEqualTo(5L);
        assertThat(sumOf(facts("a", 1L, "b", 4L), "a", "b")).isEqualTo(5L);

        assertThat(evaluations)
                .as("the last from the result kept under a and b")
                .hasValue(3);
    }

    @Test
    void aVariableSetToNullAndAMissingVariableAreToldApart() {
        VariableMap setToNull = Variables.createVariables().putValue("a", null);
        VariableMap missing = Variables.createVariables();

        assertThat(sumOf(setToNull, "a")).isEqualTo(0L);
        assertThat(sumOf(setToNull, "a")).isEqualTo(0L);
        assertThat(sumOf(missing, "a")).isEqualTo(0L);
        assertThat(sumOf(missing, "a")).isEqualTo(0L);

        assertThat(evaluations).hasValue(3);
    }

    @Test
    void equalNumbersOfDifferentTypesAreDifferentFacts() {
        sumOf(facts("a", 1L), "a");
        sumOf(facts("a", 1), "a");
        sumOf(facts("a", 1.0), "a");
        sumOf(facts("a", 1L), "a");

        assertThat(evaluations).hasValue(4);
    }

    @Test
    void anEvaluationThatReadsAListOrAsksForEveryNameIsEvaluatedEachTime() {
        VariableMap list = facts("a", List.of(1, 2));
        sumOf(list, "a");
        sumOf(list, "a");
        sumOf(list, "a");
        assertThat(evaluations).hasValue(3);

        KeptResults everyName = new KeptResults();
        for (int i = 0; i < 3; i++) {
            everyName.evaluate(facts("a", 1L).asVariableContext(), reads -> {
                evaluations.incrementAndGet();
                reads.readAll();
                return 1L;
            });
        }
        assertThat(evaluations).hasValue(6);
    }

    @Test
    void aResultThatIsNoPlainValueIsEvaluatedEachTime() {
        for (int i = 0; i < 3; i++) {
            Object result = results.evaluate(facts("a", 1L).asVariableContext(), reads -> {
                evaluations.incrementAndGet();
                reads.read("a", 1L);
                return new java.util.ArrayList<>(List.of(1L));
            });
            assertThat(result).isEqualTo(List.of(1L));
        }
        assertThat(evaluations).hasValue(3);
    }

    @Test
    void aFailedEvaluationIsEvaluatedAgain() {
        for (int i = 0; i < 2; i++) {
            try {
                results.evaluate(facts("a", 1L).asVariableContext(), reads -> {
                    evaluations.incrementAndGet();
                    reads.read("a", 1L);
                    throw new IllegalStateException("failed");
                });
            } catch (IllegalStateException expected) {
                // as the evaluation failed
            }
        }
        assertThat(evaluations).hasValue(2);
    }

    @Test
    void moreDistinctFactsThanKeptStillGiveEachItsOwnResult() {
        int count = KeptResults.MAX_RESULTS + 100;
        for (long a = 0; a < count; a++) {
            assertThat(sumOf(facts("a", a, "b", 1L), "a", "b")).isEqualTo(a + 1);
        }
        for (long a = 0; a < count; a += 97) {
            assertThat(sumOf(facts("a", a, "b", 1L), "a", "b")).isEqualTo(a + 1);
        }
        assertThat(evaluations.get()).isGreaterThan(count);
    }

    @Test
    void anExpressionWhoseResultsAreSeldomReusedKeepsNoneAfterItsTrial() {
        for (long a = 0; a < KeptResults.TRIAL; a++) {
            sumOf(facts("a", a), "a");
        }
        int afterTrial = evaluations.get();

        sumOf(facts("a", 1L), "a");
        sumOf(facts("a", 1L), "a");

        assertThat(evaluations.get() - afterTrial)
                .as("both evaluated, none kept")
                .isEqualTo(2);
        assertThat(sumOf(facts("a", 7L), "a")).isEqualTo(7L);
    }

    @Test
    void anExpressionWhoseResultsAreReusedKeepsThemPastItsTrial() {
        for (int i = 0; i < KeptResults.TRIAL; i++) {
            sumOf(facts("a", (long) (i % 10)), "a");
        }
        int afterTrial = evaluations.get();

        sumOf(facts("a", 3L), "a");

        assertThat(evaluations.get()).as("from the kept result").isEqualTo(afterTrial);
    }

    @ParameterizedTest(name = "{0}: kept {1}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            if latestOn = null then null else (date(asOf) - date(latestOn)).days | true
            not(list contains(["NUMBER", "PERCENT"], indicatorType))             | true
            {sign: -1, made: (latestValue - baseline) * sign}.made               | true
            "a constant"                                                         | true
            time(meetingTime)                                                    | false
            today()                                                              | false
            date(asOf) < today()                                                 | false
            now()                                                                | false
            random number()                                                      | false
            sort([3, 1], function(x, y) x < y)                                   | false
            myFunction(asOf)                                                     | false
            """)
    void onlyAnExpressionOfBuiltInFunctionsOfTheirArgumentsIsKept(String expression, boolean kept) {
        assertThat(KeptResults.keepable(
                        FEEL.parseExpression(expression).parsedExpression().expression()))
                .isEqualTo(kept);
    }

    static VariableMap facts(Object... namesAndValues) {
        VariableMap facts = Variables.createVariables();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            facts.putValue((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return facts;
    }
}
