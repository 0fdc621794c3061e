package org.peaceops.engine.escalation;

import java.time.LocalDate;

/**
 * Published, in the transaction that opens it, when an escalation is opened: listeners that write
 * in the same transaction (the e-mail outbox) keep or lose their writes with it.
 *
 * @param id the escalation's id in the register
 * @param taskId the Tasklist task that answers it, or null when it has none
 * @param kind what went wrong, a code (FINANCIAL_CLIFF, ...): say it in words before showing it
 */
public record EscalationOpened(
        long id,
        String operationCode,
        String kind,
        String subject,
        String reason,
        String candidateGroups,
        LocalDate dueOn,
        String taskId) {}
