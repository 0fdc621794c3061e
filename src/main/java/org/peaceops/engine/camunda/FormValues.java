package org.peaceops.engine.camunda;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.peaceops.engine.shared.CalendarDates;

/** Reads form values, already checked by the {@link FormValidator}, as the types the tables keep. */
public final class FormValues {

    private FormValues() {}

    /** The text, or null when the field was left empty. */
    public static String text(VariableScope scope, String variable) {
        if (variable == null) {
            return null;
        }
        Object value = scope.getVariable(variable);
        return value == null || value.toString().isBlank() ? null : value.toString();
    }

    public static LocalDate date(VariableScope scope, String variable) {
        String value = text(scope, variable);
        return value == null ? null : CalendarDates.stored(value);
    }

    public static Integer integer(VariableScope scope, String variable) {
        return scope.getVariable(variable) instanceof Number n ? n.intValue() : null;
    }

    public static BigDecimal amount(VariableScope scope, String variable) {
        String value = text(scope, variable);
        return value == null ? null : new BigDecimal(value);
    }
}
