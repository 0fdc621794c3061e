package org.peaceops.engine.drawdown;

import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The drawdown's alerts ({@code transition.drawdown.*}).
 *
 * @param alertCheck how often each lifecycle checks its drawdown schedule (ISO-8601 period, daily)
 * @param overrunMarginDays a phase still running this many days after its planned end is escalated
 * @param escalationDueDays days the escalated groups have to answer
 */
@ConfigurationProperties("transition.drawdown")
public record DrawdownProperties(Period alertCheck, int overrunMarginDays, int escalationDueDays) {

    public DrawdownProperties {
        alertCheck = alertCheck != null ? alertCheck : Period.ofDays(1);
        overrunMarginDays = overrunMarginDays >= 0 ? overrunMarginDays : 30;
        escalationDueDays = escalationDueDays > 0 ? escalationDueDays : 14;
    }
}
