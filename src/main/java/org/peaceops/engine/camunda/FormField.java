package org.peaceops.engine.camunda;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * One input field of a Camunda Form, with the constraints the browser enforces (required, length,
 * range, pattern, allowed values) and the project's own custom properties, which only the server
 * enforces.
 *
 * @param id the component's id in the form, which the translations of its texts are keyed by
 * @param hideWhen the FEEL condition under which the form hides the field (a hidden field is neither
 *     submitted nor validated), or null
 * @param properties custom properties set in the Modeler: {@code notAfterToday} ("true") refuses a
 *     date in the future, {@code afterToday} ("true") one not after today, {@code notAbove} names a number field this one may not exceed,
 *     {@code formatHint} says in words what the pattern expects, {@code requiredWhenShown} ("true")
 *     requires a field the form may hide whenever it shows it, {@code pattern} is a regular
 *     expression the value must match (checked by the server only, so that nobody reads it)
 */
public record FormField(
        String id,
        String key,
        String label,
        String type,
        String subtype,
        boolean required,
        Integer minLength,
        Integer maxLength,
        BigDecimal min,
        BigDecimal max,
        String pattern,
        String validationType,
        List<String> allowedValues,
        String hideWhen,
        boolean readonly,
        Map<String, String> properties) {

    /** The field as a refusal in English names it: by its label, as the form shows it. */
    public String describe() {
        return label == null || label.isBlank() ? key : "“" + label + "”";
    }
}
