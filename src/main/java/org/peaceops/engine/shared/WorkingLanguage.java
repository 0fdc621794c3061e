package org.peaceops.engine.shared;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * The language an operation's staff work in: the names, descriptions and forms of its tasks, its
 * filters and its e-mails. Stored as the ISO 639-1 code. Arabic may follow; its direction is kept
 * here so that pages can turn right-to-left from one place.
 */
public enum WorkingLanguage {
    EN("en", false),
    FR("fr", false);

    public static final WorkingLanguage DEFAULT = EN;

    private final String code;
    private final boolean rightToLeft;
    // built once: every task's name, form check and mail asks for it
    private final Locale locale;

    WorkingLanguage(String code, boolean rightToLeft) {
        this.code = code;
        this.rightToLeft = rightToLeft;
        this.locale = Locale.forLanguageTag(code);
    }

    @JsonValue
    public String code() {
        return code;
    }

    public Locale locale() {
        return locale;
    }

    public boolean rightToLeft() {
        return rightToLeft;
    }

    /** The language of the code; the default for none, as the portfolio schema says. */
    @JsonCreator
    public static WorkingLanguage of(String code) {
        if (code == null || code.isBlank()) {
            return DEFAULT;
        }
        WorkingLanguage language = find(code);
        if (language == null) {
            throw new IllegalArgumentException("unknown working language " + code);
        }
        return language;
    }

    /** Whether the code names a language the engine speaks. */
    public static boolean known(String code) {
        return find(code) != null;
    }

    private static final WorkingLanguage[] ALL = values();

    private static WorkingLanguage find(String code) {
        for (WorkingLanguage language : ALL) {
            if (language.code.equals(code)) {
                return language;
            }
        }
        return null;
    }
}
