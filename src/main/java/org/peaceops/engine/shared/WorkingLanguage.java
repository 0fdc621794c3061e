package org.peaceops.engine.shared;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
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

    WorkingLanguage(String code, boolean rightToLeft) {
        this.code = code;
        this.rightToLeft = rightToLeft;
    }

    @JsonValue
    public String code() {
        return code;
    }

    public Locale locale() {
        return Locale.forLanguageTag(code);
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
        return Arrays.stream(values())
                .filter(l -> l.code.equals(code))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown working language " + code));
    }

    /** Whether the code names a language the engine speaks. */
    public static boolean known(String code) {
        return Arrays.stream(values()).anyMatch(l -> l.code.equals(code));
    }
}
