package org.peaceops.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.spin.plugin.variable.SpinValues;
import org.peaceops.engine.camunda.CamundaForm;
import org.peaceops.engine.camunda.FormField;
import org.peaceops.engine.camunda.FormInputCheck;

/**
 * Fills a Camunda Form from forms/ as a careful user would: every visible field gets a valid value
 * that no other field of the run has, so a test can find each value again where it was stored.
 */
public class FormFiller {

    private final Clock clock;
    private final AtomicInteger counter = new AtomicInteger();

    public FormFiller(Clock clock) {
        this.clock = clock;
    }

    public static CamundaForm form(String formId) {
        try (InputStream in = Files.newInputStream(Path.of("forms", formId + ".form"))) {
            return CamundaForm.parse(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Valid values for every field the form shows, with the given values taking precedence. */
    public Map<String, Object> fill(String formId, Map<String, Object> given) {
        return fill(formId, given, Map.of());
    }

    /** The same, for a form whose conditions also read other variables of its task (the context). */
    public Map<String, Object> fill(String formId, Map<String, Object> given, Map<String, Object> context) {
        CamundaForm form = form(formId);
        Map<String, Object> values = new LinkedHashMap<>();
        for (FormField field : form.fields()) {
            Object value;
            if (given.containsKey(field.key())) {
                value = given.get(field.key());
            } else if (LISTS.contains(field.type())) {
                // a list keeps what its task chose beforehand, as a person who changes nothing would
                value = context.containsKey(field.key())
                        ? context.get(field.key())
                        : SpinValues.jsonValue("[]").create();
            } else {
                value = valueFor(field);
            }
            values.put(field.key(), value);
        }
        Map<String, Object> shown = new HashMap<>(values);
        form.fields().stream()
                .filter(f -> f.readonly() || FormInputCheck.hidden(f, shown, context::get))
                .forEach(f -> values.remove(f.key()));
        return values;
    }

    private static final java.util.Set<String> LISTS = java.util.Set.of("taglist", "checklist");

    private Object valueFor(FormField field) {
        int n = counter.incrementAndGet();
        return switch (field.type()) {
            case "number" -> field.properties().containsKey("notAbove") || field.max() != null ? n % 40 + 1 : 100 + n;
            case "datetime" -> "true".equals(field.properties().get("afterToday"))
                    ? LocalDate.now(clock).plusDays(n % 60 + 1).toString()
                    : LocalDate.now(clock).minusDays(n % 60 + 1).toString();
            case "select", "radio" -> field.allowedValues().get(0);
            case "checkbox" -> field.required();
            case "textarea" -> field.key() + " text " + n;
            default -> textFor(field, n);
        };
    }

    private static String textFor(FormField field, int n) {
        if (field.pattern() == null) {
            return field.key() + "-" + n;
        }
        if (field.pattern().startsWith("^https?")) {
            return "https://docs.test/" + field.key() + "/" + n;
        }
        return switch (field.key()) {
            case "hostCountry" -> "XAR";
            case "resolutionSymbol" -> "S/RES/" + (2000 + n % 999) + " (2026)";
            case "reportSymbol" -> "S/2026/" + (100 + n);
            default -> throw new IllegalArgumentException(
                    "give a value for " + field.key() + " (" + field.pattern() + ")");
        };
    }
}
