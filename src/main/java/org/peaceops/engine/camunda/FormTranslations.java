package org.peaceops.engine.camunda;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import org.peaceops.engine.shared.WorkingLanguage;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A deployed form in another language than English: the same form (its fields, keys, values,
 * conditions and checks unchanged), with the texts a person reads taken from the bundle of the
 * language. The English texts stay in the {@code .form} files, where designers see them in the
 * Modeler; each translation is in the language's bundle once, keyed by form id and component id:
 * {@code form.<form id>.<component id>.label}, {@code .description}, {@code .text}, and {@code
 * .option.<value>} for each choice (a date's {@code dateLabel} is its {@code .label}). A text without
 * a translation stays in English ({@code FormTextsTest} holds every form to having them all).
 */
@Component
public class FormTranslations {

    /** The texts of a component a person reads, and the key each is translated under. */
    static final List<String[]> TEXTS = List.of(
            new String[] {"label", "label"},
            new String[] {"dateLabel", "label"},
            new String[] {"description", "description"},
            new String[] {"text", "text"});

    private static final ObjectMapper JSON = new ObjectMapper();

    private final MessageSource messages;

    public FormTranslations(MessageSource messages) {
        this.messages = messages;
    }

    /** The form (form-js JSON) in the language; English forms as they were deployed. */
    public byte[] translate(byte[] form, WorkingLanguage language) {
        if (language == WorkingLanguage.EN) {
            return form;
        }
        try {
            JsonNode root = JSON.readTree(form);
            if (!(root instanceof ObjectNode) || !root.hasNonNull("id")) {
                return form;
            }
            translate(root.path("components"), root.get("id").asText(), language.locale());
            return JSON.writeValueAsBytes(root);
        } catch (IOException e) {
            throw new UncheckedIOException("a deployed form that is no JSON", e);
        }
    }

    private void translate(JsonNode components, String formId, Locale locale) {
        for (JsonNode node : components) {
            if (!(node instanceof ObjectNode component) || !component.hasNonNull("id")) {
                continue;
            }
            String prefix = "form." + formId + "." + component.get("id").asText() + ".";
            for (String[] text : TEXTS) {
                if (component.hasNonNull(text[0])) {
                    component.put(
                            text[0],
                            text(prefix + text[1], component.get(text[0]).asText(), locale));
                }
            }
            for (JsonNode value : component.path("values")) {
                if (value instanceof ObjectNode option && option.hasNonNull("value")) {
                    option.put(
                            "label",
                            text(
                                    prefix + "option." + option.get("value").asText(),
                                    option.path("label").asText(),
                                    locale));
                }
            }
            translate(component.path("components"), formId, locale);
        }
    }

    /** The translation, read as written: no arguments, so {{templates}} and braces stay as they are. */
    private String text(String key, String english, Locale locale) {
        return messages.getMessage(key, null, english, locale);
    }
}
