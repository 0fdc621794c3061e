package org.peaceops.engine.notification;

/**
 * One mail to one person, as written to the outbox.
 *
 * @param key unique per event and person: the same event never mails the same person twice
 * @param recipient the user id; the address is the user's at the time the mail was written
 */
public record OutgoingMail(
        String key,
        MailKind kind,
        String operationCode,
        String taskId,
        String recipient,
        String address,
        String recipientName,
        MailContent content) {}
