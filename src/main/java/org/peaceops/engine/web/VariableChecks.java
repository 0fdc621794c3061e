package org.peaceops.engine.web;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.peaceops.engine.camunda.FormField;
import org.peaceops.engine.shared.FieldError;

/**
 * Checks on the variables of an engine REST request, made before the engine sees them: no value
 * the engine would turn into a Java object or a document, no number that is not finite, and only the
 * fields that were asked for, each of its declared type.
 */
final class VariableChecks {

    /**
     * Object, Json and Xml values are built into objects by the engine (any class name a client
     * chooses) before anything else could refuse them. File and Bytes values are not asked for either.
     * The one exception: a form's tag list or check list, which Tasklist submits as a Json value (a
     * parsed tree, never a class of the client's choosing), and only as a short array of short texts.
     */
    private static final Set<String> REFUSED_TYPES = Set.of("object", "json", "xml", "file", "bytes");

    static final Set<String> LIST_TYPES = Set.of("taglist", "checklist");
    private static final int MAX_CHOICES = 500;
    private static final int MAX_CHOICE_LENGTH = 200;
    private static final com.fasterxml.jackson.databind.ObjectMapper JSON =
            new com.fasterxml.jackson.databind.ObjectMapper();

    private static final Set<String> NUMBER_TYPES = Set.of("integer", "long", "short", "double", "null");
    private static final Set<String> TEXT_TYPES = Set.of("string", "null");
    private static final Set<String> BOOLEAN_TYPES = Set.of("boolean", "null");

    private VariableChecks() {}

    /**
     * Every typed value anywhere in the body (variables, correlation keys, instructions), named by
     * the key it stands under, or by {@code rootName} for a body that is a single value.
     */
    static void typedValues(JsonNode node, String name, Set<String> lists, List<FieldError> errors) {
        if (node.isObject()) {
            String type = node.path("type").isTextual() ? lower(node.get("type").asText()) : null;
            JsonNode info = node.path("valueInfo");
            boolean aList = "json".equals(type) && lists.contains(name);
            if (type != null && REFUSED_TYPES.contains(type) && !aList) {
                errors.add(new FieldError(
                        name, "values of type " + node.get("type").asText() + " are not accepted"));
            } else if (info.has("objectTypeName") || info.has("serializationDataFormat")) {
                errors.add(new FieldError(name, "serialized objects are not accepted"));
            } else if (type != null && NUMBER_TYPES.contains(type) && !finite(node.path("value"))) {
                errors.add(new FieldError(name, "must be a finite number"));
            }
            node.fields().forEachRemaining(entry -> typedValues(entry.getValue(), entry.getKey(), lists, errors));
        } else if (node.isArray()) {
            node.forEach(item -> typedValues(item, name, lists, errors));
        }
    }

    /** The variables of a submission against what may be submitted. */
    static void onlyAllowed(JsonNode variables, AllowedFields allowed, List<FieldError> errors) {
        if (variables == null || variables.isNull() || variables.isMissingNode()) {
            return;
        }
        if (!variables.isObject()) {
            errors.add(new FieldError("variables", "must be an object of named values"));
            return;
        }
        for (Map.Entry<String, JsonNode> entry : (Iterable<Map.Entry<String, JsonNode>>) variables::fields) {
            String name = entry.getKey();
            if (!allowed.allows(name)) {
                errors.add(new FieldError(name, "is not a field of " + allowed.what() + ", so it may not be sent"));
                continue;
            }
            FormField field = allowed.field(name);
            if (field != null) {
                String problem = typeProblem(field, entry.getValue());
                if (problem != null) {
                    errors.add(new FieldError(name, field.describe() + " " + problem));
                }
            }
        }
    }

    private static String typeProblem(FormField field, JsonNode variable) {
        JsonNode value = variable.isObject() ? variable.path("value") : variable;
        String type =
                variable.path("type").isTextual() ? lower(variable.get("type").asText()) : null;
        if (value.isNull() || value.isMissingNode()) {
            return null;
        }
        return switch (field.type()) {
            case "number" -> value.isNumber() && finite(value) && declared(type, NUMBER_TYPES)
                    ? null
                    : "must be a finite number";
            case "checkbox" -> value.isBoolean() && declared(type, BOOLEAN_TYPES) ? null : "must be true or false";
            case "taglist", "checklist" -> "json".equals(type) && choices(value) ? null : "must be a list of choices";
            default -> value.isTextual() && declared(type, TEXT_TYPES) ? null : "must be text";
        };
    }

    /** A JSON text holding an array of at most {@value #MAX_CHOICES} texts, each short. */
    private static boolean choices(JsonNode value) {
        if (!value.isTextual()) {
            return false;
        }
        try {
            JsonNode list = JSON.readTree(value.asText());
            if (list == null || !list.isArray() || list.size() > MAX_CHOICES) {
                return false;
            }
            for (JsonNode item : list) {
                if (!item.isTextual() || item.asText().length() > MAX_CHOICE_LENGTH) {
                    return false;
                }
            }
            return true;
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            return false;
        }
    }

    private static boolean declared(String type, Set<String> accepted) {
        return type == null || accepted.contains(type);
    }

    private static boolean finite(JsonNode value) {
        if (value.isNumber()) {
            return Double.isFinite(value.doubleValue());
        }
        if (value.isTextual()) {
            String text = value.asText().trim();
            return !text.toLowerCase(Locale.ROOT).contains("nan")
                    && !text.toLowerCase(Locale.ROOT).contains("infinity");
        }
        return true;
    }

    private static String lower(String text) {
        return text.toLowerCase(Locale.ROOT);
    }
}
