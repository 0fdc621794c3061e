package org.peaceops.engine.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import org.peaceops.engine.shared.CalendarDates;

/**
 * What a value of each indicator type may be (the portfolio format): NUMBER a number, PERCENT a
 * number within 0..100, ORDINAL an integer level of the scale, BOOLEAN true or false, MILESTONE a
 * real date.
 */
public final class IndicatorValues {

    private IndicatorValues() {}

    /** What is wrong with the value, or null. */
    public static String problem(String type, JsonNode scale, JsonNode value) {
        String problem =
                switch (type) {
                    case "NUMBER" -> finite(value) ? null : "must be a finite number";
                    case "PERCENT" -> !finite(value)
                            ? "must be a finite number"
                            : value.decimalValue().compareTo(BigDecimal.ZERO) < 0
                                            || value.decimalValue().compareTo(new BigDecimal(100)) > 0
                                    ? "must be a percentage between 0 and 100, not " + value
                                    : null;
                    case "ORDINAL" -> !value.isIntegralNumber()
                            ? "must be an integer level of the scale"
                            : scale != null && scale.has(value.asText())
                                    ? null
                                    : "level " + value + " is not in the scale";
                    case "BOOLEAN" -> value.isBoolean() ? null : "must be true or false";
                    case "MILESTONE" -> value.isTextual() && realDate(value.asText())
                            ? null
                            : "must be " + CalendarDates.EXPECTED;
                    default -> "has an unknown indicator type " + type;
                };
        return problem == null ? null : type + " value " + problem;
    }

    /** The value as the tables keep it: text as it is, numbers without trailing zeros; null stays null. */
    public static String asStored(JsonNode value) {
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isTextual()) {
            return value.asText();
        }
        return value.isBigDecimal() ? value.decimalValue().stripTrailingZeros().toPlainString() : value.toString();
    }

    public static boolean realDate(String text) {
        return CalendarDates.valid(text);
    }

    /**
     * A JSON number that is one: a literal too large for a double (1e400) reads as Infinity, which no
     * table or rating can hold.
     */
    public static boolean finite(JsonNode value) {
        if (!value.isNumber()) {
            return false;
        }
        return !(value.isDouble() || value.isFloat()) || Double.isFinite(value.doubleValue());
    }
}
