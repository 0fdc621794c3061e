package org.peaceops.engine.shared;

/**
 * The limits of a text the project accepts where nothing else is said: at most {@link #MAX_LENGTH}
 * characters and no control characters other than tab, carriage return and line feed (a NUL or an
 * escape sequence in a note would break the reports and spreadsheets that show it).
 */
public final class TextValues {

    public static final int MAX_LENGTH = 2000;

    private TextValues() {}

    /** What is wrong with the text, or null. */
    public static String problem(String text, int maxLength) {
        if (text.length() > maxLength) {
            return "must have at most " + maxLength + " characters, not " + text.length();
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c < 0x20 && c != '\t' && c != '\r' && c != '\n') || c == 0x7f) {
                return "may not contain control characters (found U+" + String.format("%04X", (int) c) + ")";
            }
        }
        return null;
    }

    public static String problem(String text) {
        return problem(text, MAX_LENGTH);
    }

    /** A sent text quoted back in a message: at most 40 characters, control characters shown as '?'. */
    public static String shortened(String text) {
        String shown = text.length() > 40 ? text.substring(0, 40) + "..." : text;
        return shown.replaceAll("[\\p{Cntrl}]", "?");
    }
}
