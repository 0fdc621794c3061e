package org.peaceops.engine.shared;

import java.time.Clock;
import java.time.LocalDate;

/** A date given as a query parameter, held to {@link CalendarDates}: 2021-02-30 does not exist. */
public final class DateParameter {

    private DateParameter() {}

    /** The date, or today (UTC, on the application's clock) when the parameter is absent. */
    public static LocalDate orToday(String name, String value, Clock clock) {
        if (value == null) {
            return LocalDate.now(clock);
        }
        return CalendarDates.parse(value.trim())
                .orElseThrow(() -> InputRejectedException.invalid(name, CalendarDates.refusal(name, value)));
    }
}
