package org.peaceops.engine.platform;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** A date given as a query parameter: an ISO calendar date that must exist (2021-02-30 does not). */
public final class DateParameter {

    private DateParameter() {}

    /** The date, or today (UTC, on the application's clock) when the parameter is absent. */
    public static LocalDate orToday(String name, String value, Clock clock) {
        if (value == null) {
            return LocalDate.now(clock);
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw InputRejectedException.invalid(
                    name, name + " '" + value + "' is not a real calendar date (YYYY-MM-DD)");
        }
    }
}
