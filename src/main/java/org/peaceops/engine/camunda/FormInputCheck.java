package org.peaceops.engine.camunda;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.camunda.bpm.dmn.feel.impl.FeelEngine;
import org.camunda.bpm.dmn.feel.impl.scala.ScalaFeelEngineFactory;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.context.VariableContext;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.json.SpinJsonNode;
import org.peaceops.engine.shared.CalendarDates;
import org.peaceops.engine.shared.FieldError;
import org.peaceops.engine.shared.TextValues;

/**
 * Checks submitted values against a Camunda Form the way the browser does (required, length, range,
 * pattern, allowed values, real dates), plus the custom properties only the server enforces. A field
 * that the form hides is skipped, as form-js skips it.
 */
public final class FormInputCheck {

    private static final FeelEngine FEEL = new ScalaFeelEngineFactory().createInstance();
    private static final Pattern EMAIL = Pattern.compile("^[^\\s@]+@[^\\s@]+\\.[^\\s@]+$");
    private static final Pattern PHONE = Pattern.compile("^\\+?[0-9 ()\\-]{6,20}$");

    private FormInputCheck() {}

    public static List<FieldError> check(CamundaForm form, Function<String, Object> values, LocalDate today) {
        Map<String, Object> submitted = new HashMap<>();
        form.keys().forEach(key -> submitted.put(key, values.apply(key)));
        List<FieldError> errors = new ArrayList<>();
        for (FormField field : form.fields()) {
            if (field.readonly() || hidden(field, submitted, values)) {
                continue;
            }
            String problem = problem(field, submitted.get(field.key()), submitted, today);
            if (problem != null) {
                errors.add(new FieldError(field.key(), field.describe() + " " + problem));
            }
        }
        return errors;
    }

    /** Whether the form hides the field, given the other values (form-js neither submits nor checks it). */
    public static boolean hidden(FormField field, Map<String, Object> submitted) {
        return hidden(field, submitted, name -> null);
    }

    /**
     * As form-js decides it: a condition may also read variables the form does not submit (the task's
     * other variables, such as the type of the indicator being measured).
     */
    public static boolean hidden(FormField field, Map<String, Object> submitted, Function<String, Object> others) {
        if (field.hideWhen() == null) {
            return false;
        }
        Object result = FEEL.evaluateSimpleExpression(field.hideWhen(), new VariableContext() {
            @Override
            public TypedValue resolve(String name) {
                return Variables.untypedValue(submitted.containsKey(name) ? submitted.get(name) : others.apply(name));
            }

            @Override
            public boolean containsVariable(String name) {
                return submitted.containsKey(name) || others.apply(name) != null;
            }

            @Override
            public Set<String> keySet() {
                return submitted.keySet();
            }
        });
        return Boolean.TRUE.equals(result);
    }

    private static String problem(FormField field, Object raw, Map<String, Object> submitted, LocalDate today) {
        Object value = asList(raw);
        if (isEmpty(value)) {
            return field.required() ? "is required" : null;
        }
        if ("checkbox".equals(field.type())) {
            if (!(value instanceof Boolean checked)) {
                return "must be true or false";
            }
            return field.required() && !checked ? "must be checked" : null;
        }
        return switch (field.type()) {
            case "number" -> numberProblem(field, value, submitted);
            case "datetime" -> dateProblem(field, value, today);
            case "select", "radio" -> field.allowedValues().isEmpty()
                            || field.allowedValues().contains(String.valueOf(value))
                    ? null
                    : "must be one of " + field.allowedValues() + ", not '" + value + "'";
            case "checklist", "taglist" -> listProblem(field, value);
            default -> textProblem(field, value);
        };
    }

    /**
     * Tasklist submits a tag list or a check list as a JSON variable (a Spin array), other clients as a
     * list: both are checked as the list of their items.
     */
    private static Object asList(Object value) {
        if (value instanceof SpinJsonNode json && json.isArray()) {
            return json.elements().stream()
                    .map(item -> item.isString() ? item.stringValue() : item.toString())
                    .toList();
        }
        return value;
    }

    private static boolean isEmpty(Object value) {
        return value == null
                || (value instanceof String s && s.isBlank())
                || (value instanceof Collection<?> c && c.isEmpty());
    }

    private static String textProblem(FormField field, Object value) {
        if (!(value instanceof String text)) {
            return "must be text";
        }
        if (field.minLength() != null && text.length() < field.minLength()) {
            return "must have at least " + field.minLength() + " characters";
        }
        // a field without its own maximum still has the project's one: no unbounded text reaches the tables
        int maxLength = field.maxLength() != null ? field.maxLength() : TextValues.MAX_LENGTH;
        if (text.length() > maxLength) {
            return "must have at most " + maxLength + " characters";
        }
        String textProblem = TextValues.problem(text, maxLength);
        if (textProblem != null) {
            return textProblem;
        }
        if (field.pattern() != null
                && !Pattern.compile(field.pattern()).matcher(text).matches()) {
            String hint = field.properties().get("formatHint");
            return hint != null ? "must be " + hint : "does not match the expected format " + field.pattern();
        }
        if ("email".equals(field.validationType()) && !EMAIL.matcher(text).matches()) {
            return "must be an e-mail address";
        }
        if ("phone".equals(field.validationType()) && !PHONE.matcher(text).matches()) {
            return "must be a phone number";
        }
        return null;
    }

    private static String numberProblem(FormField field, Object value, Map<String, Object> submitted) {
        BigDecimal number = toNumber(value);
        if (number == null) {
            return "must be a number, not '" + value + "'";
        }
        if (field.min() != null && number.compareTo(field.min()) < 0) {
            return "must be at least " + field.min().toPlainString();
        }
        if (field.max() != null && number.compareTo(field.max()) > 0) {
            return "must be at most " + field.max().toPlainString();
        }
        String ceilingKey = field.properties().get("notAbove");
        BigDecimal ceiling = ceilingKey == null ? null : toNumber(submitted.get(ceilingKey));
        if (ceiling != null && number.compareTo(ceiling) > 0) {
            return "may not exceed " + ceilingKey + " (" + ceiling.toPlainString() + ")";
        }
        return null;
    }

    /** The value as a finite number, or null: NaN and Infinity (as a Double or as text) are no numbers. */
    private static BigDecimal toNumber(Object value) {
        String text = value instanceof Number || value instanceof String
                ? value.toString().trim()
                : null;
        if (text == null) {
            return null;
        }
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String dateProblem(FormField field, Object value, LocalDate today) {
        LocalDate date = CalendarDates.iso(String.valueOf(value)).orElse(null);
        if (date == null) {
            return "must be " + CalendarDates.EXPECTED + ", not '" + value + "'";
        }
        if ("true".equals(field.properties().get("notAfterToday")) && date.isAfter(today)) {
            return "may not be in the future (today is " + today + ")";
        }
        if ("true".equals(field.properties().get("afterToday")) && !date.isAfter(today)) {
            return "must be after today (" + today + ")";
        }
        if (!CalendarDates.withinBounds(date)) {
            return "must be " + CalendarDates.EXPECTED + ", not '" + value + "'";
        }
        return null;
    }

    private static String listProblem(FormField field, Object value) {
        if (!(value instanceof Collection<?> items)) {
            return "must be a list";
        }
        for (Object item : items) {
            if (!field.allowedValues().isEmpty() && !field.allowedValues().contains(String.valueOf(item))) {
                return "contains '" + item + "', which is not one of " + field.allowedValues();
            }
        }
        return null;
    }
}
