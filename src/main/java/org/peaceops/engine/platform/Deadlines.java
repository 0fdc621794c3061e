package org.peaceops.engine.platform;

import java.time.Clock;
import java.time.Duration;
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
}
