package org.peaceops.engine.shared;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import org.springframework.stereotype.Component;

/** Due dates for user tasks, counted from the application's clock: {@code ${deadlines.inDays(30)}}. */
@Component("deadlines")
public class Deadlines {

    private final Clock clock;

    public Deadlines(Clock clock) {
        this.clock = clock;
    }

    public Date inDays(int days) {
        return Date.from(clock.instant().plus(Duration.ofDays(days)));
    }

    /** A day as a due date or a timer: its start, in UTC, the domain's time zone. */
    public static Date startOfDay(LocalDate day) {
        return Date.from(day.atStartOfDay(ZoneOffset.UTC).toInstant());
    }
}
