package org.peaceops.engine.registry;

import java.time.LocalDate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The host government's consent as the transition records it: withdrawn on a day by a letter, which
 * makes the withdrawal's deadline hard and its drawdown accelerated.
 */
@Repository
public class HostConsent {

    private final JdbcClient jdbc;

    public HostConsent(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The host government withdrew its consent on the day, by its letter: the withdrawal's deadline is now hard. */
    public void recordWithdrawal(String operationCode, LocalDate withdrawnOn, LocalDate deadline, String letterLink) {
        jdbc.sql(
                        """
                update transition set consent_withdrawn_on = ?, withdrawal_deadline = ?, consent_letter_link = ?
                where operation_code = ?""")
                .params(withdrawnOn, deadline, letterLink, operationCode)
                .update();
    }

    /** Whether the operation's withdrawal is accelerated: its consent withdrawn, or its trigger. */
    public boolean acceleratedWithdrawal(String operationCode) {
        return jdbc.sql(
                                """
                select count(*) from transition where operation_code = ?
                  and (trigger_kind = 'HOST_CONSENT_WITHDRAWN' or consent_withdrawn_on is not null)""")
                        .param(operationCode)
                        .query(Integer.class)
                        .single()
                > 0;
    }
}
