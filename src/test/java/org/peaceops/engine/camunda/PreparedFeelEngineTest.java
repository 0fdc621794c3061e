package org.peaceops.engine.camunda;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.Supplier;
import org.camunda.bpm.dmn.feel.impl.scala.ScalaFeelEngine;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.context.VariableContext;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The prepared FEEL engine answers as the engine's own: the same values, and the same failures with
 * the same messages, on the first evaluation of a text and on the next ones (from the kept parse, the
 * variables' kept FEEL values and the kept dates), for variables of every kind a decision is given.
 */
class PreparedFeelEngineTest {

    static final ScalaFeelEngine ENGINES_OWN = new ScalaFeelEngine(null);
    static final PreparedFeelEngine PREPARED = new PreparedFeelEngine(null);

    static final VariableMap FACTS = Variables.createVariables()
            .putValue("asOf", "2024-06-30")
            .putValue("latestOn", "2024-06-01")
            .putValue("latestValue", 12.0)
            .putValue("target", 10.0)
            .putValue("firstValue", null)
            .putValue("indicatorType", "PERCENT")
            .putValue("stalenessLimitDays", 180)
            .putValue("reached", true)
            .putValue("count", 3L)
            .putValue("scores", java.util.List.of(1, 2, 3));

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "if latestOn = null then null else (date(asOf) - date(latestOn)).days",
                "if target = null then false else latestValue >= target",
                "\"the latest value is older than \" + string(stalenessLimitDays) + \" days\"",
                "not(list contains([\"NUMBER\", \"PERCENT\", \"ORDINAL\"], indicatorType))",
                "{start: if firstValue != null then firstValue else 0, made: (latestValue - start) * -1}.made",
                "firstValue + 1",
                "date(\"30/06/2024\")",
                "unknownVariable",
                "assert(latestValue, latestValue < target)",
                "latestValue >=",
                "number(\"2.5\") * 2",
                "reached = true and not(reached = false)",
                "stalenessLimitDays * 2 + count",
                "latestOn",
                "date(latestOn) < date(asOf)",
                "sum(scores) + count",
                "{a: latestValue, b: a * 2}.b",
                "date(asOf) - date(latestOn)",
                "date(\"2024-02-30\")",
                "date(2024, 6, 30) = date(asOf)",
                "date(date and time(\"2024-06-30T10:00:00\")) = date(asOf)",
                "date(indicatorType)",
                "date(latestValue)"
            })
    void anExpressionHasTheValueOrTheFailureOfTheEnginesOwn(String expression) {
        VariableContext facts = FACTS.asVariableContext();
        Object expected = outcome(() -> ENGINES_OWN.evaluateSimpleExpression(expression, facts));

        assertThat(outcome(() -> PREPARED.evaluateSimpleExpression(expression, facts)))
                .isEqualTo(expected);
        assertThat(outcome(() -> PREPARED.evaluateSimpleExpression(expression, facts)))
                .as("the second time, parsed once")
                .isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "> 5",
                "< 5",
                "null",
                "\"NUMBER\",\"PERCENT\"",
                "\"BOOLEAN\",\"MILESTONE\"",
                ">= target",
                "[10..20]",
                "not(12)",
                "> unknownVariable",
                "> >",
                "true",
                "3",
                "<= stalenessLimitDays"
            })
    void aUnaryTestMatchesOrFailsAsTheEnginesOwn(String tests) {
        for (String input : new String[] {"latestValue", "indicatorType", "firstValue", "reached", "count"}) {
            VariableContext facts = FACTS.asVariableContext();
            Object expected = outcome(() -> ENGINES_OWN.evaluateSimpleUnaryTests(tests, input, facts));

            assertThat(outcome(() -> PREPARED.evaluateSimpleUnaryTests(tests, input, facts)))
                    .as(input)
                    .isEqualTo(expected);
            assertThat(outcome(() -> PREPARED.evaluateSimpleUnaryTests(tests, input, facts)))
                    .as(input + ", the second time")
                    .isEqualTo(expected);
        }
    }

    /** The value, or the failure's class and message. */
    private static Object outcome(Supplier<Object> evaluation) {
        try {
            return evaluation.get();
        } catch (RuntimeException e) {
            return e.getClass().getName() + ": " + e.getMessage();
        }
    }
}
