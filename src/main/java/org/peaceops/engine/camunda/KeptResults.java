package org.peaceops.engine.camunda;

import camundajar.impl.scala.Product;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.ZonedDateTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.camunda.bpm.engine.variable.context.VariableContext;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.feel.syntaxtree.Exp;
import org.camunda.feel.syntaxtree.FunctionInvocation;

/**
 * The results of one parsed FEEL expression, kept by the values of the variables it read. A report
 * rates twenty thousand indicators through indicator-status, and most of the expressions of a decision
 * read only a few facts that many indicators share: whether the latest value is stale reads the as-of
 * date and the latest value's date, the same for every indicator an operation measured that day; a
 * rule's test of the indicator type reads the type; an output is a constant. Each of those is
 * evaluated once per distinct set of values instead of once per indicator.
 *
 * <p>Why a kept result is the expression's result: FEEL is a language of values. An expression that
 * calls only built-in functions whose value depends on their arguments alone (no {@code now()}, {@code
 * today()}, random numbers, functions of its own or of Java) is a function of the variables it reads.
 * Each evaluation records the names it reads (through {@link Reads}); its result is kept under the
 * values of those names. A later evaluation whose variables have the same values under those names
 * reads the same names in the same order and takes the same path, so its result is the same. When an
 * evaluation reads a name not seen before (another branch of an {@code if}), the names grow and the
 * results kept under the fewer names are dropped.
 *
 * <p>Only values that are immutable and equal exactly when FEEL sees them alike are keys and results:
 * texts, numbers, yes-or-nos, dates and null. An evaluation that reads another kind of value (a list, a
 * context, an object), that asks for every variable's name, or that fails is not kept: it is evaluated
 * each time, as before. Each expression keeps at most {@link #MAX_RESULTS} results and starts again
 * when full; one whose results are seldom reused (it reads a latest value, nearly always distinct)
 * keeps none after its first {@link #TRIAL} evaluations.
 */
final class KeptResults {

    static final int MAX_RESULTS = 4_096;

    /**
     * An expression whose results were reused fewer than one time in ten over its first this many
     * evaluations keeps none from then on: the facts it reads are nearly all distinct (a latest value),
     * and keeping them would only cost memory and a look-up each time.
     */
    static final int TRIAL = 2 * MAX_RESULTS;

    /**
     * FEEL's built-in functions whose value depends on their arguments alone. An expression calling any
     * other function (the clock's, a random number, a custom or Java function) is not kept.
     */
    static final Set<String> FUNCTIONS_OF_THEIR_ARGUMENTS = Set.of(
            "date",
            // not "time": a time with a zone id takes the zone's offset at the clock's current date
            "date and time",
            "duration",
            "years and months duration",
            "number",
            "string",
            "not",
            "is defined",
            "get or else",
            "get value",
            "list contains",
            "count",
            "min",
            "max",
            "sum",
            "mean",
            "median",
            "all",
            "any",
            "and",
            "or",
            "append",
            "concatenate",
            "distinct values",
            "flatten",
            "index of",
            "reverse",
            "sublist",
            "string length",
            "substring",
            "substring before",
            "substring after",
            "upper case",
            "lower case",
            "contains",
            "starts with",
            "ends with",
            "matches",
            "replace",
            "split",
            "string join",
            "abs",
            "floor",
            "ceiling",
            "decimal",
            "round up",
            "round down",
            "round half up",
            "round half down",
            "modulo",
            "odd",
            "even",
            "sqrt",
            "day of week",
            "day of year",
            "week of year",
            "month of year");

    /** A kept result that is null, told apart from no result kept. */
    private static final Object NULL_RESULT = new Object();
    /** The value under a name the context does not have, told apart from a variable set to null. */
    private static final Object ABSENT = new Object();
    /** The value under a name set to null. */
    private static final Object NULL_VALUE = new Object();

    private final AtomicReference<Names> names = new AtomicReference<>();
    private final AtomicInteger tried = new AtomicInteger();
    private final AtomicInteger reused = new AtomicInteger();
    private volatile boolean givenUp;

    /** Whether this expression still keeps results: false once its trial found them seldom reused. */
    boolean keeping() {
        return !givenUp;
    }

    /** Whether the results of this expression may be kept: see the class's description. */
    static boolean keepable(Exp expression) {
        Deque<Object> nodes = new ArrayDeque<>();
        nodes.push(expression);
        while (!nodes.isEmpty()) {
            Object node = nodes.pop();
            String kind = node.getClass().getSimpleName();
            if (kind.equals("FunctionDefinition")
                    || kind.equals("JavaFunctionInvocation")
                    || kind.equals("QualifiedFunctionInvocation")) {
                return false;
            }
            if (node instanceof FunctionInvocation call && !FUNCTIONS_OF_THEIR_ARGUMENTS.contains(call.function())) {
                return false;
            }
            if (node instanceof Product product) {
                for (int i = 0; i < product.productArity(); i++) {
                    nodes.push(product.productElement(i));
                }
            } else if (node instanceof camundajar.impl.scala.collection.Iterable<?> elements) {
                var each = elements.iterator();
                while (each.hasNext()) {
                    nodes.push(each.next());
                }
            }
        }
        return true;
    }

    /**
     * The kept result for these variables, or the evaluation's (given what it should record its reads
     * in), kept when it may be.
     */
    Object evaluate(VariableContext variables, Function<Reads, Object> evaluation) {
        if (givenUp) {
            return evaluation.apply(new Reads());
        }
        int trial = tried.get() < TRIAL ? tried.incrementAndGet() : TRIAL + 1;
        Names known = names.get();
        Key key = known == null ? null : known.key(variables);
        if (key != null) {
            Object kept = known.results.get(key);
            if (kept != null) {
                if (trial <= TRIAL) {
                    reused.incrementAndGet();
                }
                return kept == NULL_RESULT ? null : kept;
            }
        }
        Reads reads = new Reads();
        Object result = evaluation.apply(reads);
        if (trial == TRIAL && reused.get() < TRIAL / 10) {
            givenUp = true;
            names.set(null);
            return result;
        }
        if (reads.keepable && keepable(result)) {
            if (known != null && known.names.containsAll(reads.names)) {
                if (key != null) {
                    if (known.results.size() >= MAX_RESULTS) {
                        known.results.clear();
                    }
                    known.results.put(key, result == null ? NULL_RESULT : result);
                }
            } else {
                Set<String> more = new LinkedHashSet<>(known == null ? List.of() : known.names);
                more.addAll(reads.names);
                names.compareAndSet(known, new Names(List.copyOf(more)));
            }
        }
        return result;
    }

    private static boolean keepable(Object value) {
        return value == null
                || value instanceof String
                || value instanceof Boolean
                || value instanceof Long
                || value instanceof Integer
                || value instanceof Double
                || value instanceof BigDecimal
                || value instanceof BigInteger
                || value instanceof LocalDate
                || value instanceof LocalTime
                || value instanceof LocalDateTime
                || value instanceof ZonedDateTime
                || value instanceof OffsetDateTime
                || value instanceof Duration
                || value instanceof Period;
    }

    /** A value that may be part of a key: the kinds FEEL is handed as values of their own. */
    static boolean simple(Object value) {
        return value instanceof String
                || value instanceof Double
                || value instanceof Integer
                || value instanceof Long
                || value instanceof Boolean;
    }

    /** What one evaluation read: the names, and whether every value it read may be part of a key. */
    static final class Reads {

        private final List<String> names = new ArrayList<>(8);
        private boolean keepable = true;

        void read(String name, Object value) {
            if (!names.contains(name)) {
                names.add(name);
            }
            if (value != null && !simple(value)) {
                keepable = false;
            }
        }

        /** FEEL asked for every name: the evaluation depends on more than the names it read. */
        void readAll() {
            keepable = false;
        }
    }

    /** The names the evaluations read so far, and the results kept under their values. */
    private static final class Names {

        final List<String> names;
        final ConcurrentHashMap<Key, Object> results = new ConcurrentHashMap<>();

        Names(List<String> names) {
            this.names = names;
        }

        /** The values of the names in these variables, or null when one of them cannot be part of a key. */
        Key key(VariableContext variables) {
            Object[] values = new Object[names.size()];
            for (int i = 0; i < values.length; i++) {
                String name = names.get(i);
                TypedValue typed = variables.resolve(name);
                Object value = typed == null ? null : typed.getValue();
                if (value == null) {
                    values[i] = typed != null || variables.containsVariable(name) ? NULL_VALUE : ABSENT;
                } else if (simple(value)) {
                    values[i] = value;
                } else {
                    return null;
                }
            }
            return new Key(values);
        }
    }

    private static final class Key {

        private final Object[] values;
        private final int hash;

        Key(Object[] values) {
            this.values = values;
            this.hash = Arrays.hashCode(values);
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && hash == key.hash && Arrays.equals(values, key.values);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }
}
