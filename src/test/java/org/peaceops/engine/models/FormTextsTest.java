package org.peaceops.engine.models;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every text a person reads on a form is there in every language, once: the English in the {@code
 * .form} file (designers see it in the Modeler), each other language in its bundle under {@code
 * form.<form id>.<component id>.<part>}; no translation of a text the forms do not have; no code in
 * anything a person reads, while the options' values stay codes; no regular expression the browser
 * would show to the person.
 */
class FormTextsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern SIMPLE_TEMPLATE = Pattern.compile("\\{\\{([A-Za-z]+)}}");

    /** Every text of every form, as "form.<id>.<component>.<part>" → the English. */
    static Map<String, String> englishTexts() {
        Map<String, String> texts = new LinkedHashMap<>();
        try (Stream<Path> files = Files.list(Path.of("forms"))) {
            for (Path file :
                    files.filter(f -> f.toString().endsWith(".form")).sorted().toList()) {
                JsonNode form = JSON.readTree(file.toFile());
                collect(form.path("components"), "form." + form.get("id").asText() + ".", texts);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return texts;
    }

    private static void collect(JsonNode components, String prefix, Map<String, String> texts) {
        for (JsonNode component : components) {
            String key = prefix + component.path("id").asText() + ".";
            for (String[] part : new String[][] {
                {"label", "label"}, {"dateLabel", "label"}, {"description", "description"}, {"text", "text"}
            }) {
                if (component.hasNonNull(part[0])
                        && !component.get(part[0]).asText().isEmpty()) {
                    texts.put(key + part[1], component.get(part[0]).asText());
                }
            }
            component
                    .path("values")
                    .forEach(option -> texts.put(
                            key + "option." + option.path("value").asText(),
                            option.path("label").asText()));
            JsonNode hint = component.path("properties").path("formatHint");
            if (!hint.isMissingNode()) {
                texts.put(key + "formatHint", hint.asText());
            }
            collect(component.path("components"), prefix, texts);
        }
    }

    static Stream<Arguments> everyTextInEveryLanguage() {
        List<Arguments> rows = new ArrayList<>();
        Map<String, String> french = Bundles.read("fr");
        englishTexts().forEach((key, english) -> rows.add(Arguments.of(key, english, french.get(key))));
        return rows.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyTextInEveryLanguage")
    void everyTextOfEveryFormIsInFrenchAndReadsWithoutCodes(String key, String english, String french) {
        assertThat(french).as("the French of %s", key).isNotBlank();
        assertThat(Bundles.codes(english)).as("codes in the English of %s", key).isEmpty();
        assertThat(Bundles.codes(french)).as("codes in the French of %s", key).isEmpty();
        // what the English text shows of the task's variables, the French shows too
        SIMPLE_TEMPLATE.matcher(english).results().map(m -> m.group(1)).forEach(variable -> assertThat(french)
                .as("the French of %s shows %s", key, variable)
                .contains(variable));
    }

    @Test
    void noFormTranslationWithoutItsText() {
        Set<String> translated = new TreeSet<>(Bundles.read("fr").keySet());
        translated.removeIf(key -> !key.startsWith("form."));
        assertThat(translated)
                .containsExactlyInAnyOrderElementsOf(englishTexts().keySet());
    }

    /**
     * Tasklist 7.24's form-js keeps the error of a field it hides, and Tasklist keeps Complete disabled
     * while there is one: choosing Return with an empty reason, then Accept, left the form stuck. A
     * field the form may hide is required by the server alone, whenever the form shows it.
     */
    @Test
    void aFieldTheFormMayHideIsRequiredByTheServerAloneWhenShown() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("forms"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".form")).toList()) {
                List<JsonNode> fields = new ArrayList<>();
                JSON.readTree(file.toFile()).path("components").forEach(fields::add);
                for (JsonNode field : fields) {
                    if (field.path("conditional").hasNonNull("hide")) {
                        assertThat(field.path("validate").path("required").asBoolean(false))
                                .as(
                                        "%s %s may be hidden: requiredWhenShown, not validate.required",
                                        file, field.path("id"))
                                .isFalse();
                    }
                }
            }
        }
    }

    @Test
    void theBrowserShowsNoRegularExpressionAndTheServerSaysWhatAPatternExpects() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("forms"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".form")).toList()) {
                List<JsonNode> fields = new ArrayList<>();
                JSON.readTree(file.toFile()).path("components").forEach(fields::add);
                for (JsonNode field : fields) {
                    assertThat(field.path("validate").has("pattern"))
                            .as(
                                    "%s %s: form-js would show the pattern itself; use the property pattern",
                                    file, field.path("id"))
                            .isFalse();
                    if (field.path("properties").has("pattern")) {
                        assertThat(field.path("properties").path("formatHint").asText())
                                .as("%s %s says in words what its pattern expects", file, field.path("id"))
                                .isNotBlank();
                    }
                }
            }
        }
    }
}
