package org.peaceops.engine.notification;

import static org.springframework.web.util.HtmlUtils.htmlEscape;

import org.peaceops.engine.shared.WorkingLanguage;

/**
 * A mail's body written once and produced twice, as plain text and as HTML, so that the two never
 * say different things. Values are escaped in the HTML; the page's direction follows the language.
 */
final class MailBody {

    private final StringBuilder text = new StringBuilder();
    private final StringBuilder html = new StringBuilder();
    private final String colon;
    private boolean inFields;
    private boolean inList;

    /** {@code colon}: what stands between a label and its value in text (": ", or " : " in French). */
    MailBody(WorkingLanguage language, String colon) {
        this.colon = colon;
        html.append("<!DOCTYPE html>\n<html lang=\"")
                .append(language.code())
                .append("\" dir=\"")
                .append(language.rightToLeft() ? "rtl" : "ltr")
                .append("\">\n<head><meta charset=\"UTF-8\"></head>\n")
                .append(
                        "<body style=\"font-family: Arial, Helvetica, sans-serif; font-size: 15px; color: #1a1a1a;\">\n");
    }

    MailBody paragraph(String words) {
        close();
        text.append(words).append("\n\n");
        html.append("<p>").append(htmlEscape(words)).append("</p>\n");
        return this;
    }

    /** A line "label: value", one under the other. */
    MailBody field(String label, String value) {
        closeList();
        if (!inFields) {
            html.append("<table style=\"border-collapse: collapse;\">\n");
            inFields = true;
        }
        text.append(label).append(colon).append(value).append('\n');
        html.append("<tr><th style=\"text-align: start; padding: 2px 12px 2px 0;\">")
                .append(htmlEscape(label))
                .append("</th><td>")
                .append(htmlEscape(value))
                .append("</td></tr>\n");
        return this;
    }

    /** An item of a list: its words, and a link under them when it has one. */
    MailBody item(String words, String link) {
        closeFields();
        if (!inList) {
            html.append("<ul>\n");
            inList = true;
        }
        text.append("- ").append(words).append('\n');
        html.append("<li>");
        if (link != null) {
            text.append("  ").append(link).append('\n');
            html.append("<a href=\"")
                    .append(htmlEscape(link))
                    .append("\">")
                    .append(htmlEscape(words))
                    .append("</a>");
        } else {
            html.append(htmlEscape(words));
        }
        html.append("</li>\n");
        return this;
    }

    /** A link on its own: the label, then the address on the next line in text. */
    MailBody link(String label, String url) {
        close();
        text.append(label)
                .append(colon.stripTrailing())
                .append('\n')
                .append(url)
                .append("\n\n");
        html.append("<p><a href=\"")
                .append(htmlEscape(url))
                .append("\" style=\"display: inline-block; padding: 8px 16px; background: #005a9c; color: #ffffff;")
                .append(" text-decoration: none; border-radius: 4px;\">")
                .append(htmlEscape(label))
                .append("</a></p>\n");
        return this;
    }

    /** The small print at the end, with the address of one's settings (a link in HTML). */
    MailBody footer(String words, String link) {
        close();
        text.append("-- \n").append(words).append(' ').append(link).append('\n');
        html.append("<p style=\"color: #5c5c5c; font-size: 12px; border-top: 1px solid #d0d0d0; padding-top: 8px;\">")
                .append(htmlEscape(words))
                .append(" <a href=\"")
                .append(htmlEscape(link))
                .append("\">")
                .append(htmlEscape(link))
                .append("</a></p>\n");
        return this;
    }

    MailContent withSubject(String subject) {
        close();
        return new MailContent(subject, text.toString().stripTrailing() + "\n", html + "</body>\n</html>\n");
    }

    private void close() {
        if (inFields || inList) {
            text.append('\n');
        }
        closeFields();
        closeList();
    }

    private void closeFields() {
        if (inFields) {
            html.append("</table>\n");
            inFields = false;
        }
    }

    private void closeList() {
        if (inList) {
            html.append("</ul>\n");
            inList = false;
        }
    }
}
