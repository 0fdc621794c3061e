package org.peaceops.engine.notification;

/** What a mail says: its subject, a plain-text body and the same as HTML. */
public record MailContent(String subject, String text, String html) {}
