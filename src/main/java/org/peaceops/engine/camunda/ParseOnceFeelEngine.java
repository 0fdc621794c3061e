package org.peaceops.engine.camunda;

import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.camunda.bpm.dmn.feel.impl.scala.ContextVariableWrapper;
import org.camunda.bpm.dmn.feel.impl.scala.ScalaFeelEngine;
import org.camunda.bpm.dmn.feel.impl.scala.function.FeelCustomFunctionProvider;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.context.VariableContext;
import org.camunda.bpm.engine.variable.impl.context.CompositeVariableContext;
import org.camunda.bpm.engine.variable.impl.context.SingleVariableContext;
import org.camunda.feel.api.EvaluationResult;
import org.camunda.feel.api.FeelEngineApi;
import org.camunda.feel.api.ParseResult;
import org.camunda.feel.context.Context;
import org.camunda.feel.context.CustomContext;
import org.camunda.feel.context.VariableProvider;
import org.camunda.feel.syntaxtree.ParsedExpression;

/**
 * The engine's FEEL (Scala) engine, except that each expression is parsed once instead of at every
 * evaluation: Camunda's {@link ScalaFeelEngine} hands the text to FEEL's {@code evalExpression} and
 * {@code evalUnaryTests}, which parse it and then evaluate it, and parsing was most of the time of a
 * report that rates thousands of indicators. Here the same two steps run apart: the parse (FEEL's own
 * {@code parseExpression}/{@code parseUnaryTests}) is kept by the expression's text, and the
 * evaluation is FEEL's {@code eval} of it, in the same contexts as {@link ScalaFeelEngine} builds: the
 * results are those of the engine's decisions, rule for rule.
 *
 * <p>Keyed by text, not by decision: a parse depends on the text alone, so every deployed version of
 * a decision shares the parses of the expressions it kept. A text that fails to parse is not kept (the
 * evaluation fails as before). The deployed decisions hold a few hundred texts; the bound only keeps
 * a long-running engine that is redeployed again and again from holding every text it ever saw.
 */
class ParseOnceFeelEngine extends ScalaFeelEngine {

    static final int MAX_EXPRESSIONS = 10_000;

    private final FeelEngineApi feel;
    private final ConcurrentHashMap<String, ParsedExpression> expressions = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, ParsedExpression> unaryTests = new ConcurrentHashMap<>();

    ParseOnceFeelEngine(List<FeelCustomFunctionProvider> functionProviders) {
        super(functionProviders);
        this.feel = new FeelEngineApi(feelEngine);
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T evaluateSimpleExpression(String expression, VariableContext variableContext) {
        ParsedExpression parsed = parsed(expressions, expression, feel::parseExpression);
        return (T) value(feel.evaluate(parsed, context(variableContext)));
    }

    /**
     * The input's name is one more variable, looked up before the decision's, as ScalaFeelEngine
     * composes them.
     */
    @Override
    public boolean evaluateSimpleUnaryTests(String expression, String inputVariable, VariableContext variableContext) {
        ParsedExpression parsed = parsed(unaryTests, expression, feel::parseUnaryTests);
        VariableContext withInput = CompositeVariableContext.compose(
                SingleVariableContext.singleVariable(INPUT_VARIABLE_NAME, Variables.stringValue(inputVariable)),
                variableContext);
        Object matched = value(feel.evaluate(parsed, context(withInput)));
        return matched != null && (Boolean) matched;
    }

    private static Context context(VariableContext variables) {
        VariableProvider provider = new ContextVariableWrapper(variables);
        return new CustomContext() {
            @Override
            public VariableProvider variableProvider() {
                return provider;
            }
        };
    }

    private static ParsedExpression parsed(
            ConcurrentHashMap<String, ParsedExpression> cache, String text, Function<String, ParseResult> parser) {
        ParsedExpression parsed = cache.get(text);
        if (parsed == null) {
            ParseResult result = parser.apply(text);
            if (!result.isSuccess()) {
                throw LOGGER.evaluationException(result.failure().message());
            }
            parsed = result.parsedExpression();
            if (cache.size() >= MAX_EXPRESSIONS) {
                cache.clear();
            }
            cache.put(text, parsed);
        }
        return parsed;
    }

    /** FEEL's value, or the exception ScalaFeelEngine throws with FEEL's message. */
    private static Object value(EvaluationResult result) {
        if (!result.isSuccess()) {
            throw LOGGER.evaluationException(result.failure().message());
        }
        return result.result();
    }
}
