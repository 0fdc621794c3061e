package org.peaceops.engine.reporting;

import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Reports to the Security Council ({@code transition.reporting.*}).
 *
 * @param period how often the Secretary-General reports on an operation unless it has its own period
 * @param reportDueDays days from the start of a report to its submission
 */
@ConfigurationProperties("transition.reporting")
public record ReportingProperties(Period period, int reportDueDays) {

    public ReportingProperties {
        period = period != null ? period : Period.ofDays(90);
        reportDueDays = reportDueDays > 0 ? reportDueDays : 30;
    }
}
