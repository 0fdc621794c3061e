package org.peaceops.engine.closure;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Date;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.peaceops.engine.platform.Deadlines;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** What the closure's tasks read: the mandate's end as the Council last set it, and their due dates. */
@Component("closures")
public class Closures {

    /** Days the country team has for the handover when the withdrawal deadline is near, past or unknown. */
    static final int HANDOVER_DAYS = 30;

    private final JdbcClient jdbc;
    private final Clock clock;

    public Closures(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The mandate's end on record (ISO date), to prefill its task; none when unknown. */
    public String mandateEnd(DelegateExecution execution) {
        return date(execution, "mandate_end").map(LocalDate::toString).orElse(null);
    }

    /** By the withdrawal deadline, or in 30 days when that is near, past or unknown. */
    public Date handoverDue(DelegateExecution execution) {
        return due(execution);
    }

    public Date withdrawalDue(DelegateExecution execution) {
        return due(execution);
    }

    private Date due(DelegateExecution execution) {
        LocalDate soonest = LocalDate.now(clock).plusDays(HANDOVER_DAYS);
        LocalDate deadline = date(execution, "withdrawal_deadline")
                .filter(day -> day.isAfter(soonest))
                .orElse(soonest);
        return Deadlines.startOfDay(deadline);
    }

    private Optional<LocalDate> date(DelegateExecution execution, String column) {
        // the column name is one of this class's constants, never input
        return jdbc.sql("select " + column + " from transition where operation_code = ?")
                .param(execution.getProcessBusinessKey())
                .query((rs, n) -> Optional.ofNullable(rs.getObject(1, LocalDate.class)))
                .optional()
                .flatMap(day -> day);
    }
}
