package org.peaceops.engine.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.peaceops.engine.camunda.CamundaForm;
import org.peaceops.engine.camunda.FormField;

/**
 * The variables a request may carry: the fields of the form deployed with a task or a start event,
 * or the values a message is defined to carry. A field known only by name has no declared type.
 *
 * @param what how a refusal names the thing submitted ("this form", "this message")
 */
record AllowedFields(String what, Map<String, FormField> fields) {

    static final AllowedFields NONE = new AllowedFields("this request", Map.of());

    static AllowedFields of(CamundaForm form) {
        Map<String, FormField> fields = new LinkedHashMap<>();
        form.fields().forEach(field -> fields.put(field.key(), field));
        return new AllowedFields("this form", fields);
    }

    static AllowedFields named(String what, Set<String> names) {
        Map<String, FormField> fields = new LinkedHashMap<>();
        names.forEach(name -> fields.put(name, null));
        return new AllowedFields(what, fields);
    }

    boolean allows(String name) {
        return fields.containsKey(name);
    }

    /** The field's declared type, or null when only its name is known. */
    /** The fields whose value is a list of choices (tag lists, check lists). */
    Set<String> lists() {
        return fields.values().stream()
                .filter(field -> VariableChecks.LIST_TYPES.contains(field.type()))
                .map(FormField::key)
                .collect(java.util.stream.Collectors.toSet());
    }

    FormField field(String name) {
        return fields.get(name);
    }
}
