package org.peaceops.engine.notification;

import org.peaceops.engine.escalation.EscalationOpened;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Every escalation mails headquarters ({@link EventMails}); the escalation is written down as the
 * transaction that opens it commits, or not at all, and its mails are composed after it.
 */
@Component
class EscalationMails {

    private final MailProperties properties;
    private final TransactionMails mails;

    EscalationMails(MailProperties properties, TransactionMails mails) {
        this.properties = properties;
        this.mails = mails;
    }

    @EventListener
    void opened(EscalationOpened escalation) {
        if (properties.enabled()) {
            mails.escalationOpened(escalation);
        }
    }
}
