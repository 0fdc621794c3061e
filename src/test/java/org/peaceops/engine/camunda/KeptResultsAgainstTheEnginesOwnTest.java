package org.peaceops.engine.camunda;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.camunda.bpm.dmn.feel.impl.scala.ScalaFeelEngine;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.InputEntry;
import org.camunda.bpm.model.dmn.instance.LiteralExpression;
import org.camunda.bpm.model.dmn.instance.OutputEntry;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every expression and unary test of the deployed decisions, evaluated by the prepared engine (its
 * results kept by the facts they read) for facts drawn from small sets, so that they repeat, in
 * order, again, and from many threads at once: each value or failure is the engine's own for the
 * same facts. Some facts are missing, some set to null, some of the wrong type for their indicator.
 */
class KeptResultsAgainstTheEnginesOwnTest {

    static final ScalaFeelEngine ENGINES_OWN = new ScalaFeelEngine(null);
    static final List<String> DECISIONS = List.of(
            "processes/indicator-status.dmn", "processes/benchmark-status.dmn", "processes/phase-readiness.dmn");

    /** An expression of a decision, or a unary test with the name of its table's input. */
    record Expression(String text, String input) {

        @Override
        public String toString() {
            return input == null ? text : input + " ∈ " + text;
        }
    }

    static Stream<Expression> expressionsOfTheDeployedDecisions() {
        List<Expression> expressions = new ArrayList<>();
        for (String file : DECISIONS) {
            var model = Dmn.readModelFromFile(new File(file));
            model.getModelElementsByType(LiteralExpression.class).stream()
                    .map(LiteralExpression::getText)
                    .filter(text -> text != null && !text.getTextContent().isBlank())
                    .forEach(text -> expressions.add(new Expression(text.getTextContent(), null)));
            model.getModelElementsByType(OutputEntry.class)
                    .forEach(output -> expressions.add(new Expression(output.getTextContent(), null)));
            for (DecisionTable table : model.getModelElementsByType(DecisionTable.class)) {
                var inputs = List.copyOf(table.getInputs());
                table.getRules().forEach(rule -> {
                    var entries = List.copyOf(rule.getInputEntries());
                    for (int i = 0; i < entries.size(); i++) {
                        InputEntry entry = entries.get(i);
                        if (!entry.getTextContent().isBlank()) {
                            String input =
                                    inputs.get(i).getInputExpression().getText().getTextContent();
                            expressions.add(new Expression(entry.getTextContent(), input));
                        }
                    }
                });
            }
        }
        return expressions.stream().distinct();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("expressionsOfTheDeployedDecisions")
    void repeatedFactsGiveTheEnginesOwnValueOrFailure(Expression expression) {
        Random random = new Random(2594);
        List<VariableMap> facts =
                IntStream.range(0, 300).mapToObj(i -> facts(random)).toList();
        List<Object> expected = facts.stream()
                .map(each -> outcome(ENGINES_OWN, expression, each))
                .toList();
        PreparedFeelEngine prepared = new PreparedFeelEngine(null);

        for (int round = 0; round < 2; round++) {
            for (int i = 0; i < facts.size(); i++) {
                assertThat(outcome(prepared, expression, facts.get(i)))
                        .as("facts %s", facts.get(i))
                        .isEqualTo(expected.get(i));
            }
        }
        IntStream.range(0, facts.size() * 4).parallel().forEach(n -> {
            int i = n % facts.size();
            assertThat(outcome(prepared, expression, facts.get(i)))
                    .as("facts %s, from many threads", facts.get(i))
                    .isEqualTo(expected.get(i));
        });
    }

    /**
     * The facts indicator-status, benchmark-status and phase-readiness read, each from a few values
     * (sometimes missing).
     */
    static VariableMap facts(Random random) {
        VariableMap facts = Variables.createVariables();
        put(facts, random, "asOf", "2024-06-30", "2024-01-15");
        put(facts, random, "latestOn", null, "2024-06-01", "2023-01-01", "2024-06-30");
        put(facts, random, "firstOn", null, "2023-06-01", "2024-01-01");
        put(facts, random, "latestValue", null, 5.0, 50.0, 95.0, true, "2024-05-20");
        put(facts, random, "firstValue", null, 1.0, 20.0);
        put(facts, random, "target", null, 10.0, 80.0);
        put(facts, random, "baseline", null, 0.0, 60.0);
        put(facts, random, "indicatorType", "NUMBER", "PERCENT", "ORDINAL", "BOOLEAN", "MILESTONE");
        put(facts, random, "direction", null, "DECREASE", "INCREASE");
        put(facts, random, "indicatorTargetDate", null, "2024-03-31", "2024-12-31");
        put(facts, random, "benchmarkTargetDate", null, "2024-03-31", "2025-06-30");
        put(facts, random, "stalenessLimitDays", 180, 30);
        put(facts, random, "expectedProgress", null, 0.0, 10.0, 40.0);
        put(facts, random, "progressMade", null, -5.0, 5.0, 30.0);
        for (String count : List.of("indicatorCount", "achieved", "offTrack", "atRisk", "noData")) {
            put(facts, random, count, 0, 1, 2);
        }
        put(facts, random, "minimumCondition", true, false);
        // the value of an input computed by an expression (days since the latest value, target reached)
        put(facts, random, "input", 3L, 200L, true, false, 40.0);
        return facts;
    }

    private static void put(VariableMap facts, Random random, String name, Object... values) {
        int pick = random.nextInt(values.length + 1);
        if (pick < values.length) {
            facts.putValue(name, values[pick]);
        } // else missing
    }

    private static Object outcome(ScalaFeelEngine engine, Expression expression, VariableMap facts) {
        Supplier<Object> evaluation = expression.input() == null
                ? () -> engine.evaluateSimpleExpression(expression.text(), facts.asVariableContext())
                : () -> engine.evaluateSimpleUnaryTests(
                        expression.text(), inputName(expression.input()), facts.asVariableContext());
        try {
            return evaluation.get();
        } catch (RuntimeException e) {
            return e.getClass().getName() + ": " + e.getMessage();
        }
    }

    /** The variable a unary test reads as its input: the fact the input names, or that of an expression's value. */
    private static String inputName(String inputExpression) {
        return inputExpression.matches("\\w+") ? inputExpression : "input";
    }
}
