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
        return check(form, values, today, FormRefusals.english(form.id()));
    }

    /** The problems with the values, each worded as the refusals say in their language. */
    public static List<FieldError> check(
            CamundaForm form, Function<String, Object> values, LocalDate today, FormRefusals refusals) {
        Map<String, Object> submitted = new HashMap<>();
        form.keys().forEach(key -> submitted.put(key, values.apply(key)));
        Map<String, FormField> byKey = new HashMap<>();
        form.fields().forEach(field -> byKey.putIfAbsent(field.key(), field));
        List<FieldError> errors = new ArrayList<>();
        for (FormField field : form.fields()) {
            if (field.readonly() || hidden(field, submitted, values)) {
                continue;
            }
            String problem = new Problems(refusals, byKey, submitted, today).of(field, submitted.get(field.key()));
            if (problem != null) {
                errors.add(new FieldError(field.key(), refusals.refusal(field, problem)));
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

    /** The problem with one field's value, in the refusals' words, or null. */
    private record Problems(
            FormRefusals say, Map<String, FormField> byKey, Map<String, Object> submitted, LocalDate today) {

        String of(FormField field, Object raw) {
            Object value = asList(raw);
            if (isEmpty(value)) {
                return field.required() ? say.problem("required") : null;
            }
            if ("checkbox".equals(field.type())) {
                if (!(value instanceof Boolean checked)) {
                    return say.problem("trueOrFalse");
                }
                return field.required() && !checked ? say.problem("checked") : null;
            }
            return switch (field.type()) {
                case "number" -> number(field, value);
                case "datetime" -> date(field, value);
                case "select", "radio" -> field.allowedValues().isEmpty()
                                || field.allowedValues().contains(String.valueOf(value))
                        ? null
                        : say.problem("oneOf", field.allowedValues().toString(), shown(value));
                case "checklist", "taglist" -> list(field, value);
                default -> text(field, value);
            };
        }

        private String text(FormField field, Object value) {
            if (!(value instanceof String text)) {
                return say.problem("text");
            }
            if (field.minLength() != null && text.length() < field.minLength()) {
                return say.problem("minLength", String.valueOf(field.minLength()));
            }
            // a field without its own maximum still has the project's one: no unbounded text reaches the tables
            int maxLength = field.maxLength() != null ? field.maxLength() : TextValues.MAX_LENGTH;
            if (text.length() > maxLength) {
                return say.problem("maxLength", String.valueOf(maxLength));
            }
            if (TextValues.problem(text, maxLength) != null) {
                return say.problem("controlCharacters");
            }
            if (field.pattern() != null
                    && !Pattern.compile(field.pattern()).matcher(text).matches()) {
                String hint = say.formatHint(field);
                return hint != null ? say.problem("format", hint) : say.problem("formatUnknown");
            }
            if ("email".equals(field.validationType()) && !EMAIL.matcher(text).matches()) {
                return say.problem("email");
            }
            if ("phone".equals(field.validationType()) && !PHONE.matcher(text).matches()) {
                return say.problem("phone");
            }
            return null;
        }

        private String number(FormField field, Object value) {
            BigDecimal number = toNumber(value);
            if (number == null) {
                return say.problem("number", shown(value));
            }
            if (field.min() != null && number.compareTo(field.min()) < 0) {
                return say.problem("min", field.min().toPlainString());
            }
            if (field.max() != null && number.compareTo(field.max()) > 0) {
                return say.problem("max", field.max().toPlainString());
            }
            String ceilingKey = field.properties().get("notAbove");
            BigDecimal ceiling = ceilingKey == null ? null : toNumber(submitted.get(ceilingKey));
            if (ceiling != null && number.compareTo(ceiling) > 0) {
                FormField ceilingField = byKey.get(ceilingKey);
                String named = ceilingField == null ? ceilingKey : say.label(ceilingField);
                return say.problem("notAbove", named, ceiling.toPlainString());
            }
            return null;
        }

        private String date(FormField field, Object value) {
            LocalDate date = CalendarDates.iso(String.valueOf(value)).orElse(null);
            if (date == null) {
                return notADate(value);
            }
            if ("true".equals(field.properties().get("notAfterToday")) && date.isAfter(today)) {
                return say.problem("notAfterToday", today.toString());
            }
            if ("true".equals(field.properties().get("afterToday")) && !date.isAfter(today)) {
                return say.problem("afterToday", today.toString());
            }
            return CalendarDates.withinBounds(date) ? null : notADate(value);
        }

        private String notADate(Object value) {
            return say.problem(
                    "date", CalendarDates.EARLIEST.toString(), CalendarDates.LATEST.toString(), shown(value));
        }

        private String list(FormField field, Object value) {
            if (!(value instanceof Collection<?> items)) {
                return say.problem("list");
            }
            for (Object item : items) {
                if (!field.allowedValues().isEmpty() && !field.allowedValues().contains(String.valueOf(item))) {
                    return say.problem(
                            "notInList", shown(item), field.allowedValues().toString());
                }
            }
            return null;
        }

        /** A sent value quoted back: short, without control characters. */
        private static String shown(Object value) {
            return TextValues.shortened(String.valueOf(value));
        }
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
}
