package org.peaceops.engine.camunda;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * How the server words a refusal of a form's value, in a language: the field named by its label as
 * the form showed it ("“Measured on” may not be in the future"), and what is expected in plain words,
 * never a regular expression or a variable's name. The words are in the message bundles
 * ({@code refusal.*}); a field's label and format hint in another language than English are the
 * form's translations ({@code form.<form id>.<component id>.label}, {@code .formatHint}).
 */
public final class FormRefusals {

    /**
     * The bundles as the application reads them, for checks made without the application (a form
     * checked in a test, or before any language is known): English, from the same files.
     */
    private static final MessageSource BUNDLES = bundles();

    private final MessageSource messages;
    private final Locale locale;
    private final String formId;

    public FormRefusals(MessageSource messages, Locale locale, String formId) {
        this.messages = messages;
        this.locale = locale;
        this.formId = formId;
    }

    /** In English, from the bundles themselves. */
    public static FormRefusals english(String formId) {
        return new FormRefusals(BUNDLES, Locale.ENGLISH, formId);
    }

    /** The refusal of the field: its label, then the problem ("“Held on” is required"). */
    String refusal(FormField field, String problem) {
        return messages.getMessage("refusal.field", new Object[] {label(field), problem}, locale);
    }

    /** A problem in words ({@code refusal.<key>}), its arguments filled in. */
    String problem(String key, Object... args) {
        return messages.getMessage("refusal." + key, args, locale);
    }

    /** The field's label as the form shows it in the language; its key if it has none. */
    String label(FormField field) {
        String shown = field.label() == null || field.label().isBlank() ? field.key() : field.label();
        return translation(field, "label", shown);
    }

    /** What the field's pattern expects, in words, or null when the form does not say. */
    String formatHint(FormField field) {
        String hint = field.properties().get("formatHint");
        return hint == null ? null : translation(field, "formatHint", hint);
    }

    private String translation(FormField field, String part, String english) {
        if (field.id() == null || Locale.ENGLISH.getLanguage().equals(locale.getLanguage())) {
            return english;
        }
        return messages.getMessage("form." + formId + "." + field.id() + "." + part, null, english, locale);
    }

    private static MessageSource bundles() {
        var bundles = new ResourceBundleMessageSource();
        bundles.setBasenames("i18n/messages");
        bundles.setDefaultEncoding("UTF-8");
        bundles.setFallbackToSystemLocale(false);
        return bundles;
    }
}
