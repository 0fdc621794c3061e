package org.peaceops.engine.posttransition;

import java.time.LocalDate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The day an operation's withdrawal completed, which the 24 months and the liquidation count from. */
@Component
public class Withdrawals {

    private final JdbcClient jdbc;

    public Withdrawals(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public LocalDate completedOn(String operationCode) {
        LocalDate completedOn = jdbc.sql("select completed_on from transition where operation_code = ?")
                .param(operationCode)
                .query((rs, n) -> java.util.Optional.ofNullable(rs.getObject(1, LocalDate.class)))
                .single()
                .orElse(null);
        if (completedOn == null) {
            // the processes after the withdrawal start only once it is recorded: a broken state, an incident
            throw new IllegalStateException("no withdrawal recorded for operation " + operationCode);
        }
        return completedOn;
    }
}
