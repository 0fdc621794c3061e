package org.peaceops.engine.benchmark;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;

/**
 * When an indicator, a benchmark or an operation meets its target at the current pace: a date, or the
 * reason there is none. {@code met} says the date is in the past of the data (the target is met
 * already, since that date) rather than projected. {@code method} names the estimator of the trend.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Forecast(LocalDate date, boolean met, String reason, String method) {

    public static final String METHOD = "Theil–Sen";

    /** Below three measurements, or none at all. */
    public static final String TOO_LITTLE_DATA = "too little data";

    /** The trend is flat or points away from the target, or reaches it only after 2100. */
    public static final String NOT_ON_TREND = "not on current trend";

    /** A number without a numeric target: there is nothing to reach. */
    public static final String NO_TARGET = "no target";

    /** A yes-or-no indicator (BOOLEAN) still no: it has no trend to follow. */
    public static final String NO_TREND_YES_OR_NO = "a yes-or-no indicator has no trend";

    static Forecast metOn(LocalDate date) {
        return new Forecast(date, true, null, METHOD);
    }

    static Forecast by(LocalDate date) {
        return new Forecast(date, false, null, METHOD);
    }

    static Forecast none(String reason) {
        return new Forecast(null, false, reason, METHOD);
    }

    /**
     * The forecast of a whole made of parts (a benchmark of its indicators, an operation of its
     * benchmarks): it is ready when its last part is, so its date is the latest of theirs, met when
     * every part is met. A part not on its current trend makes the whole not on trend; otherwise a
     * part without a date gives the whole its reason (the first such part's); no part at all is too
     * little data.
     */
    public static Forecast ofAll(List<Forecast> parts) {
        if (parts.isEmpty()) {
            return none(TOO_LITTLE_DATA);
        }
        if (parts.stream().anyMatch(part -> NOT_ON_TREND.equals(part.reason()))) {
            return none(NOT_ON_TREND);
        }
        for (Forecast part : parts) {
            if (part.date() == null) {
                return none(part.reason());
            }
        }
        LocalDate last =
                parts.stream().map(Forecast::date).max(LocalDate::compareTo).orElseThrow();
        return new Forecast(last, parts.stream().allMatch(Forecast::met), null, METHOD);
    }
}
