package org.peaceops.engine.camunda;

import camundajar.impl.scala.Function1;
import camundajar.impl.scala.Option;
import camundajar.impl.scala.Some;
import camundajar.impl.scala.collection.Iterable;
import camundajar.impl.scala.jdk.CollectionConverters;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.camunda.bpm.dmn.feel.impl.scala.ScalaFeelEngine;
import org.camunda.bpm.dmn.feel.impl.scala.function.FeelCustomFunctionProvider;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.context.VariableContext;
import org.camunda.bpm.engine.variable.impl.context.CompositeVariableContext;
import org.camunda.bpm.engine.variable.impl.context.SingleVariableContext;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.feel.api.EvaluationFailureType;
import org.camunda.feel.api.FeelEngineApi;
import org.camunda.feel.api.ParseResult;
import org.camunda.feel.context.Context;
import org.camunda.feel.context.CustomContext;
import org.camunda.feel.context.FunctionProvider;
import org.camunda.feel.context.VariableProvider;
import org.camunda.feel.impl.interpreter.BuiltinFunctions;
import org.camunda.feel.impl.interpreter.EvalContext;
import org.camunda.feel.impl.interpreter.EvaluationFailureCollector;
import org.camunda.feel.impl.interpreter.FeelInterpreter;
import org.camunda.feel.syntaxtree.ParsedExpression;
import org.camunda.feel.syntaxtree.Val;
import org.camunda.feel.syntaxtree.ValDate;
import org.camunda.feel.syntaxtree.ValError;
import org.camunda.feel.syntaxtree.ValFatalError;
import org.camunda.feel.syntaxtree.ValFunction;
import org.camunda.feel.syntaxtree.ValString;
import org.camunda.feel.valuemapper.ValueMapper;

/**
 * The engine's FEEL (Scala) engine, prepared for evaluating the same expressions many times.
 * Camunda's {@link ScalaFeelEngine} hands FEEL the text of an expression, and FEEL then parses it,
 * validates it, builds its table of built-in functions (well over a hundred function objects) and only
 * then evaluates it: a report that rates thousands of indicators spent nearly all its time there. Here
 *
 * <ul>
 *   <li>each text is parsed and validated once, by FEEL's own {@code parseExpression} and {@code
 *       parseUnaryTests}, and kept by its text;
 *   <li>the built-in functions are built once, and each evaluation gets a fresh context over them
 *       (its own variables and its own failure collector), as FEEL's {@code evaluate} builds one;
 *   <li>FEEL's interpreter evaluates the parsed expression, and its value or failure is taken as FEEL's
 *       {@code evaluate} takes it;
 *   <li>a variable is looked up once (Camunda's wrapper asks whether it is there, then for it), and a
 *       text, a number or a yes-or-no is converted to its FEEL value once, kept by value (bounded as
 *       the parses are): a decision reads the same facts (the as-of date, the indicator's type, its
 *       target) in expression after expression. A FEEL value is handed to FEEL as it is: FEEL's value
 *       mapper would ask each of its mappers (Spin's, Java's, its own) and get it back unchanged from
 *       its own, at the price of a thrown control exception each time. The conversions were about a
 *       sixth of an evaluation of indicator-status in a profile; this takes 7 to 8 % of its CPU time
 *       off (the engines before and after side by side in one JVM);
 *   <li>the built-in {@code date} parses each text once ({@link DatesParsedOnce}): another 15 % off;
 *   <li>an expression's result is kept by the values of the variables it read ({@link KeptResults}):
 *       most expressions of a decision read a few facts that many indicators share.
 * </ul>
 *
 * <p>The variables are those {@link ScalaFeelEngine} gives (the unary tests' input name first), so
 * the results are the engine's, rule for rule. With custom FEEL functions configured, the built-ins
 * are not shared (FEEL composes them with the custom ones on each evaluation): only the parse is kept.
 *
 * <p>Kept by text, not by decision: a parse depends on the text alone, so every deployed version of a
 * decision shares the parses of the expressions it kept. A text that fails to parse is not kept (the
 * evaluation fails as before). The deployed decisions hold a few hundred texts; the bound only keeps an
 * engine that is redeployed again and again from holding every text it ever saw.
 */
class PreparedFeelEngine extends ScalaFeelEngine {

    static final int MAX_EXPRESSIONS = 10_000;

    private final FeelEngineApi feel;
    private final ValueMapper valueMapper;
    private final FeelInterpreter interpreter;
    /** The built-in functions, or null with custom functions. */
    private final FunctionProvider builtins;

    private final ConcurrentHashMap<String, Prepared> expressions = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, Prepared> unaryTests = new ConcurrentHashMap<>();
    /** Texts, numbers and yes-or-nos as FEEL values, by value. */
    private final ConcurrentHashMap<Object, Val> values = new ConcurrentHashMap<>();
    /** FEEL's value mapper, which hands a FEEL value back as it is without asking its mappers. */
    private final ValueMapper valuesAsTheyAre;

    PreparedFeelEngine(List<FeelCustomFunctionProvider> functionProviders) {
        super(functionProviders);
        this.feel = new FeelEngineApi(feelEngine);
        this.valueMapper = feelEngine.valueMapper();
        this.interpreter = new FeelInterpreter(valueMapper);
        this.valuesAsTheyAre = new ValueMapper() {
            @Override
            public Val toVal(Object value) {
                return value instanceof Val val ? val : valueMapper.toVal(value);
            }

            @Override
            public Object unpackVal(Val value) {
                return valueMapper.unpackVal(value);
            }
        };
        this.builtins = functionProviders == null || functionProviders.isEmpty()
                ? new DatesParsedOnce(new BuiltinFunctions(feelEngine.clock(), valueMapper))
                : null;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T evaluateSimpleExpression(String expression, VariableContext variableContext) {
        return (T) evaluate(parsed(expressions, expression, feel::parseExpression), variableContext);
    }

    @Override
    public boolean evaluateSimpleUnaryTests(String expression, String inputVariable, VariableContext variableContext) {
        VariableContext withInput = CompositeVariableContext.compose(
                SingleVariableContext.singleVariable(INPUT_VARIABLE_NAME, Variables.stringValue(inputVariable)),
                variableContext);
        Object matched = evaluate(parsed(unaryTests, expression, feel::parseUnaryTests), withInput);
        return matched != null && (Boolean) matched;
    }

    private Object evaluate(Prepared prepared, VariableContext variables) {
        if (prepared.results() == null || !prepared.results().keeping()) {
            // nothing kept: the names it reads need not be recorded either
            return evaluate(prepared.parsed(), variables, null);
        }
        return prepared.results().evaluate(variables, reads -> evaluate(prepared.parsed(), variables, reads));
    }

    /** The value of the expression, its reads recorded in {@code reads} unless null. */
    private Object evaluate(ParsedExpression parsed, VariableContext variables, KeptResults.Reads reads) {
        VariableProvider provider = new Facts(variables, reads);
        Context context = new CustomContext() {
            @Override
            public VariableProvider variableProvider() {
                return provider;
            }
        };
        if (builtins == null) {
            var result = feel.evaluate(parsed, context);
            if (!result.isSuccess()) {
                throw LOGGER.evaluationException(result.failure().message());
            }
            return result.result();
        }
        Assertions failures = new Assertions();
        Val value;
        try {
            value = interpreter.eval(
                    parsed.expression(),
                    new EvalContext(
                                    valuesAsTheyAre,
                                    VariableProvider.EmptyVariableProvider$.MODULE$,
                                    builtins,
                                    failures)
                            .merge(context));
        } catch (RuntimeException e) {
            throw LOGGER.evaluationException("failed to evaluate expression '" + parsed.text() + "' : " + e);
        }
        if (failures.assertion != null) {
            throw LOGGER.evaluationException(
                    "Assertion failure on evaluate the expression '" + parsed.text() + "': " + failures.assertion);
        }
        if (value instanceof ValError error) {
            throw LOGGER.evaluationException("failed to evaluate expression '" + parsed.text() + "': " + error.error());
        }
        if (value instanceof ValFatalError error) {
            throw LOGGER.evaluationException("failed to evaluate expression '" + parsed.text() + "': " + error.error());
        }
        return valueMapper.unpackVal(value);
    }

    private Prepared parsed(
            ConcurrentHashMap<String, Prepared> cache, String text, Function<String, ParseResult> parser) {
        Prepared prepared = cache.get(text);
        if (prepared == null) {
            ParseResult result = parser.apply(text);
            if (!result.isSuccess()) {
                throw LOGGER.evaluationException(result.failure().message());
            }
            ParsedExpression parsed = result.parsedExpression();
            // with custom functions FEEL evaluates as it likes (see evaluate): nothing is kept then
            boolean keep = builtins != null && KeptResults.keepable(parsed.expression());
            prepared = new Prepared(parsed, keep ? new KeptResults() : null);
            if (cache.size() >= MAX_EXPRESSIONS) {
                cache.clear();
            }
            cache.put(text, prepared);
        }
        return prepared;
    }

    /** A parsed expression, and its kept results when it may have some ({@link KeptResults}). */
    private record Prepared(ParsedExpression parsed, KeptResults results) {}

    /**
     * The variables of a context as Camunda's {@code ContextVariableWrapper} gives them to FEEL (a
     * variable set to null is there, as null), each looked up once; a text, a number or a yes-or-no
     * as its FEEL value. Only values of immutable types whose equal values convert alike are kept.
     */
    private final class Facts implements VariableProvider {

        private final VariableContext context;
        private final KeptResults.Reads reads;

        Facts(VariableContext context, KeptResults.Reads reads) {
            this.context = context;
            this.reads = reads;
        }

        @Override
        public Option<Object> getVariable(String name) {
            TypedValue typed = context.resolve(name);
            Object value = typed == null ? null : typed.getValue();
            if (reads != null) {
                reads.read(name, value);
            }
            if (typed == null) {
                return context.containsVariable(name) ? new Some<>(null) : Option.empty();
            }
            return new Some<>(converted(value));
        }

        private Object converted(Object value) {
            if (!KeptResults.simple(value)) {
                return value; // FEEL converts it, as before
            }
            Val val = values.get(value);
            if (val == null) {
                val = valueMapper.toVal(value);
                if (values.size() >= MAX_EXPRESSIONS) {
                    values.clear();
                }
                values.put(value, val);
            }
            return val;
        }

        @Override
        public Iterable<String> keys() {
            if (reads != null) {
                reads.readAll();
            }
            return CollectionConverters.SetHasAsScala(context.keySet()).asScala();
        }
    }

    /**
     * FEEL's built-in functions, where {@code date} parses each text once: a decision asks for the
     * date of the same texts (the as-of date, the measurements' dates) in expression after
     * expression, and parsing them was about a tenth of an evaluation of indicator-status. A date
     * parsed from a text depends on the text alone (no clock, no zone); only dates are kept (a text
     * that is no date fails as before, each time), by text, bounded as the parses are.
     */
    private static final class DatesParsedOnce implements FunctionProvider {

        private static final String DATE = "date";

        private final FunctionProvider builtins;
        private final camundajar.impl.scala.collection.immutable.List<ValFunction> date;
        private final ConcurrentHashMap<String, ValDate> dates = new ConcurrentHashMap<>();

        DatesParsedOnce(FunctionProvider builtins) {
            this.builtins = builtins;
            List<ValFunction> parsingOnce =
                    CollectionConverters.SeqHasAsJava(builtins.getFunctions(DATE)).asJava().stream()
                            .map(function -> new ValFunction(
                                    function.params(), parsingOnce(function.invoke()), function.hasVarArgs()))
                            .toList();
            this.date =
                    CollectionConverters.ListHasAsScala(parsingOnce).asScala().toList();
        }

        private Function1<camundajar.impl.scala.collection.immutable.List<Val>, Object> parsingOnce(
                Function1<camundajar.impl.scala.collection.immutable.List<Val>, Object> invoke) {
            return arguments -> {
                if (arguments.length() != 1 || !(arguments.head() instanceof ValString text)) {
                    return invoke.apply(arguments);
                }
                ValDate parsed = dates.get(text.value());
                if (parsed != null) {
                    return parsed;
                }
                Object result = invoke.apply(arguments);
                if (result instanceof ValDate day) {
                    if (dates.size() >= MAX_EXPRESSIONS) {
                        dates.clear();
                    }
                    dates.put(text.value(), day);
                }
                return result;
            };
        }

        @Override
        public camundajar.impl.scala.collection.immutable.List<ValFunction> getFunctions(String name) {
            return DATE.equals(name) ? date : builtins.getFunctions(name);
        }

        @Override
        public Iterable<String> functionNames() {
            return builtins.functionNames();
        }
    }

    /** FEEL's failure collector, which also keeps the first failed assertion, as FEEL looks for one. */
    private static final class Assertions extends EvaluationFailureCollector {

        String assertion;

        @Override
        public void addFailure(EvaluationFailureType type, String message) {
            super.addFailure(type, message);
            if (assertion == null && type == EvaluationFailureType.ASSERT_FAILURE$.MODULE$) {
                assertion = message;
            }
        }
    }
}
