package org.peaceops.engine.shared;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The one rule for every date the project accepts (forms, JSON, CSV, query parameters, the portfolio
 * import): an ISO calendar date YYYY-MM-DD that exists, between the day the UN Charter came into force
 * and the end of the century. A field's own rule (not in the future, after another date) comes on top.
 */
public final class CalendarDates {

    public static final LocalDate EARLIEST = LocalDate.of(1945, 10, 24);
    public static final LocalDate LATEST = LocalDate.of(2100, 12, 31);

    /** What a refused date is told. */
    public static final String EXPECTED = "a real calendar date YYYY-MM-DD between " + EARLIEST + " and " + LATEST;

    // four-digit years only: java.time would otherwise accept +99999-01-01 and read -0001 as a year
    private static final Pattern SHAPE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final DateTimeFormatter STRICT =
            DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);

    private CalendarDates() {}

    /** The date, or empty when the text is no real date within the bounds. */
    public static Optional<LocalDate> parse(String text) {
        return iso(text).filter(CalendarDates::withinBounds);
    }

    /**
     * The date, or empty when the text is no real ISO date, whatever its year: for a check that
     * tells a field's own rule (not in the future) before the bounds, which a date far off breaks too.
     */
    public static Optional<LocalDate> iso(String text) {
        if (text == null || !SHAPE.matcher(text).matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(text, STRICT));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    public static boolean withinBounds(LocalDate date) {
        return !date.isBefore(EARLIEST) && !date.isAfter(LATEST);
    }

    public static boolean valid(String text) {
        return parse(text).isPresent();
    }

    /**
     * A date the project wrote itself or checked on the way in (a process variable set by a checked
     * form, a column read back): a broken one is a fault of the system, not of the caller.
     */
    public static LocalDate stored(String text) {
        return parse(text).orElseThrow(() -> new IllegalStateException("not a valid stored date: " + text));
    }

    /** The message for a refused value, quoting what was sent (shortened, so a log or answer stays small). */
    public static String refusal(String name, Object value) {
        String sent = TextValues.shortened(String.valueOf(value));
        return name + " '" + sent + "' is not " + EXPECTED;
    }
}
