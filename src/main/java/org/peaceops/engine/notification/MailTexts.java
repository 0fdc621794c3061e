package org.peaceops.engine.notification;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.peaceops.engine.shared.WorkingLanguage;
import org.springframework.context.MessageSource;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.stereotype.Component;

/**
 * The words of every mail, from the bundle {@code i18n/mail} in the operation's working language
 * ({@code mail_fr.properties} for French, {@code mail.properties} for English and as the fallback).
 * Dates as "16 March 2026" / "16 mars 2026": day first, the month in words, in every language.
 */
@Component
class MailTexts {

    static final String BUNDLE = "i18n/mail";

    private final MessageSource messages;
    private final MailProperties properties;
    private final MailLinks links;

    MailTexts(MailProperties properties, MailLinks links) {
        this.messages = bundle();
        this.properties = properties;
        this.links = links;
    }

    /** What a task is about, for the mails that name it. */
    record TaskLine(String taskId, String name, String operationCode, LocalDate due) {}

    MailContent newTask(WorkingLanguage language, String recipientName, TaskLine task, String operationName) {
        Words words = new Words(language);
        return words.body()
                .paragraph(words.get("mail.greeting", recipientName))
                .paragraph(words.get("mail.task.intro", operation(task.operationCode(), operationName)))
                .field(words.get("mail.task.name"), task.name())
                .field(words.get("mail.task.operation"), operation(task.operationCode(), operationName))
                .field(words.get("mail.task.due"), words.date(task.due()))
                .link(words.get("mail.task.open"), links.task(task.taskId()))
                .paragraph(words.get("mail.signIn"))
                .footer(words.get("mail.footer"), links.settings())
                .withSubject(words.get("mail.task.subject", task.name()));
    }

    /**
     * An escalation, for headquarters. The register's reason is written in English: French mails name
     * the kind of escalation and its task, whose description is in French, but do not quote it.
     */
    MailContent escalation(
            WorkingLanguage language,
            String recipientName,
            String kind,
            String reason,
            TaskLine task,
            String operationName) {
        Words words = new Words(language);
        String what = words.getOr("mail.escalation.kind." + kind, "mail.escalation.kind.other");
        String operation = operation(task.operationCode(), operationName);
        MailBody body = words.body()
                .paragraph(words.get("mail.greeting", recipientName))
                .paragraph(words.get("mail.escalation.intro", operation))
                .field(words.get("mail.escalation.what"), what)
                .field(words.get("mail.task.operation"), operation);
        if (language == WorkingLanguage.EN && reason != null && !reason.isBlank()) {
            body.field(words.get("mail.escalation.why"), reason);
        }
        if (task.name() != null) {
            body.field(words.get("mail.task.name"), task.name());
        }
        body.field(words.get("mail.task.due"), words.date(task.due()));
        if (task.taskId() != null) {
            body.link(words.get("mail.task.open"), links.task(task.taskId())).paragraph(words.get("mail.signIn"));
        } else {
            body.link(words.get("mail.tasklist"), links.tasklist());
        }
        return body.footer(words.get("mail.footer"), links.settings())
                .withSubject(words.get("mail.escalation.subject", task.operationCode(), what));
    }

    /** The day's digest: the tasks listed, earliest due first, and how many more there are. */
    MailContent digest(
            WorkingLanguage language, String recipientName, List<TaskLine> tasks, int more, LocalDate today) {
        Words words = new Words(language);
        int days = properties.digestDays();
        MailBody body = words.body()
                .paragraph(words.get("mail.greeting", recipientName))
                .paragraph(words.get("mail.digest.intro", days));
        for (TaskLine task : tasks) {
            String due = task.due().isBefore(today)
                    ? words.get("mail.digest.overdue", words.date(task.due()))
                    : words.get("mail.digest.due", words.date(task.due()));
            body.item(task.name() + " (" + due + ")", links.task(task.taskId()));
        }
        if (more > 0) {
            body.paragraph(words.get("mail.digest.more", more));
        }
        return body.link(words.get("mail.tasklist"), links.tasklist())
                .paragraph(words.get("mail.signIn"))
                .footer(words.get("mail.footer"), links.settings())
                .withSubject(words.get("mail.digest.subject", tasks.size() + more, days));
    }

    /**
     * The bundle {@code i18n/mail} on its own, though the application's message source lists it too
     * ({@code spring.messages.basename}): a mail's words come only from it, whatever other bundles hold,
     * and a missing bundle of the list costs the mail nothing (no warning at each look-up).
     */
    private static MessageSource bundle() {
        var bundle = new ResourceBundleMessageSource();
        bundle.setBasename(BUNDLE);
        bundle.setDefaultEncoding("UTF-8");
        // English is the fallback, whatever the server's own locale
        bundle.setFallbackToSystemLocale(false);
        return bundle;
    }

    private static String operation(String code, String name) {
        return name == null || name.isBlank() || name.equals(code) ? code : name + " (" + code + ")";
    }

    /** The bundle in one language. */
    private final class Words {

        private final WorkingLanguage language;
        private final Locale locale;
        private final DateTimeFormatter dates;

        Words(WorkingLanguage language) {
            this.language = language;
            this.locale = language.locale();
            this.dates = DateTimeFormatter.ofPattern("d MMMM uuuu", locale);
        }

        String get(String key, Object... args) {
            return messages.getMessage(key, args, locale);
        }

        /** The message of the key, or of the fallback key when the bundle has none (a new kind). */
        String getOr(String key, String fallbackKey) {
            return messages.getMessage(key, null, messages.getMessage(fallbackKey, null, locale), locale);
        }

        /** A body in the language, with its way of putting a label before a value. */
        MailBody body() {
            return new MailBody(language, get("mail.field", "", ""));
        }

        String date(LocalDate day) {
            return day == null ? get("mail.task.noDue") : dates.format(day);
        }
    }
}
