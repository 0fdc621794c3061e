package org.peaceops.engine.camunda;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A deployed Camunda Form (form-js JSON), reduced to its id and its input fields. */
public record CamundaForm(String id, List<FormField> fields) {

    private static final ObjectMapper JSON = new ObjectMapper();

    public static CamundaForm parse(InputStream json) throws IOException {
        JsonNode root = JSON.readTree(json);
        List<FormField> fields = new ArrayList<>();
        collect(root.path("components"), null, fields);
        return new CamundaForm(root.path("id").asText(null), List.copyOf(fields));
    }

    public List<String> keys() {
        return fields.stream().map(FormField::key).toList();
    }

    private static void collect(JsonNode components, String inheritedHide, List<FormField> into) {
        for (JsonNode component : components) {
            String hide = hideCondition(component, inheritedHide);
            if (component.has("components")) {
                // groups: their condition applies to every field inside
                collect(component.get("components"), hide, into);
            }
            if (!component.hasNonNull("key")) {
                continue;
            }
            JsonNode validate = component.path("validate");
            into.add(new FormField(
                    text(component, "id"),
                    component.get("key").asText(),
                    text(component, "label") != null ? text(component, "label") : text(component, "dateLabel"),
                    component.path("type").asText(),
                    text(component, "subtype"),
                    // a field the form may hide is required by the server alone, when shown: form-js 1.8
                    // keeps the error of a field it hides, and Tasklist keeps Complete disabled on it
                    validate.path("required").asBoolean(false)
                            || "true".equals(text(component.path("properties"), "requiredWhenShown")),
                    integer(validate, "minLength"),
                    integer(validate, "maxLength"),
                    decimal(validate, "min"),
                    decimal(validate, "max"),
                    // the project's forms keep a pattern in a custom property, for the server only: the
                    // browser would show the regular expression itself to the person ("Field must match
                    // pattern ^https?://\S+$."), where the server says it in words (formatHint)
                    text(validate, "pattern") != null
                            ? text(validate, "pattern")
                            : text(component.path("properties"), "pattern"),
                    text(validate, "validationType"),
                    allowedValues(component),
                    hide,
                    component.path("readonly").asBoolean(false)
                            || component.path("disabled").asBoolean(false),
                    properties(component)));
        }
    }

    private static String hideCondition(JsonNode component, String inherited) {
        String own = text(component.path("conditional"), "hide");
        if (own == null) {
            return inherited;
        }
        String expression = own.startsWith("=") ? own.substring(1) : own;
        return inherited == null ? expression : "(" + inherited + ") or (" + expression + ")";
    }

    private static List<String> allowedValues(JsonNode component) {
        if (!component.has("values")) {
            return List.of();
        }
        List<String> values = new ArrayList<>();
        component.get("values").forEach(v -> values.add(v.path("value").asText()));
        return List.copyOf(values);
    }

    private static Map<String, String> properties(JsonNode component) {
        Map<String, String> properties = new LinkedHashMap<>();
        component
                .path("properties")
                .fields()
                .forEachRemaining(e -> properties.put(e.getKey(), e.getValue().asText()));
        return Map.copyOf(properties);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() || value.asText().isEmpty() ? null : value.asText();
    }

    private static Integer integer(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value != null && value.isNumber() ? value.intValue() : null;
    }

    private static BigDecimal decimal(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value != null && value.isNumber() ? value.decimalValue() : null;
    }
}
