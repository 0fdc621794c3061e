package org.peaceops.engine.notification;

/** Where a mail of the outbox stands. */
public enum MailStatus {
    /** To send, now or at its next attempt. */
    PENDING,
    /** Claimed by a node, which has not begun to send it: pending again if the node stops. */
    CLAIMED,
    /** Being sent by the node that claimed it. */
    SENDING,
    SENT,
    /** No SMTP host is set: written to the log instead. */
    LOGGED,
    /** The person turned e-mail off. */
    OPTED_OUT,
    /** Given up after its attempts, each refused by the SMTP server. */
    FAILED,
    /** Its node stopped while sending it: never sent again, as it may have gone out. */
    UNKNOWN
}
