package org.peaceops.engine.access;

import org.peaceops.engine.shared.WorkingLanguage;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The names and descriptions of the Tasklist filters staff see, in a working language, from the
 * bundle {@code i18n/access}. Every text goes through MessageFormat, with or without arguments, so
 * that the bundle writes an apostrophe one way ('') whatever {@code
 * spring.messages.always-use-message-format} says.
 */
@Component
class FilterTexts {

    /** One argument nobody reads: Spring formats a message only when it has arguments. */
    private static final Object[] NONE = {""};

    private final MessageSource messages;

    FilterTexts(MessageSource messages) {
        this.messages = messages;
    }

    String text(String key, WorkingLanguage language, Object... arguments) {
        return messages.getMessage("filter." + key, arguments.length == 0 ? NONE : arguments, language.locale());
    }
}
