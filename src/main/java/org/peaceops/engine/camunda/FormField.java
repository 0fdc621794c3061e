package org.peaceops.engine.camunda;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * One input field of a Camunda Form, with the constraints the browser enforces (required, length,
 * range, pattern, allowed values) and the project's own custom properties, which only the server
 * enforces.
 *
 * @param hideWhen the FEEL condition under which the form hides the field (a hidden field is neither
 *     submitted nor validated), or null
 * @param properties custom properties set in the Modeler: {@code notAfterToday} ("true") refuses a
 *     date in the future, {@code afterToday} ("true") one not after today, {@code notAbove} names a number field this one may not exceed,
 *     {@code formatHint} says in words what the pattern expects
 */
public record FormField(
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

    public String describe() {
        return label == null || label.isBlank() ? key : label + " (" + key + ")";
    }
}
