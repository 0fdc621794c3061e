package org.peaceops.engine.notification;

/** What a mail tells of. */
public enum MailKind {
    /** A new task for one of the person's groups in one of their operations. */
    TASK,
    /** An escalation, to headquarters. */
    ESCALATION,
    /** The person's tasks due soon or overdue, once a day. */
    DIGEST
}
