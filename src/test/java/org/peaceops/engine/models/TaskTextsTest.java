package org.peaceops.engine.models;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every task is named and described in every language, from the bundles, with one text per task and
 * language: no user task without its texts, no text without its task, the same keys and arguments in
 * every language, typographic apostrophes (MessageFormat would swallow a straight one) and no code
 * a person would have to decode.
 */
class TaskTextsTest {

    private static final Pattern ARGUMENT = Pattern.compile("\\{\\d+}");

    static Stream<Arguments> textsOfEveryUserTask() {
        List<Arguments> rows = new ArrayList<>();
        Bundles.userTasks()
                .forEach((process, tasks) -> tasks.forEach(task -> {
                    for (String language : Bundles.LANGUAGES.keySet()) {
                        rows.add(Arguments.of(language, "task." + process + "." + task + ".name"));
                        rows.add(Arguments.of(language, "task." + process + "." + task + ".description"));
                    }
                }));
        return rows.stream();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("textsOfEveryUserTask")
    void everyUserTaskHasANameAndADescriptionInEveryLanguage(String language, String key) {
        assertThat(Bundles.read(language).get(key)).as(key).isNotBlank();
    }

    @Test
    void everyTaskTextBelongsToAUserTaskOfTheModels() {
        Set<String> expected = new TreeSet<>();
        Bundles.userTasks()
                .forEach((process, tasks) -> tasks.forEach(task -> {
                    expected.add("task." + process + "." + task + ".name");
                    expected.add("task." + process + "." + task + ".description");
                }));
        expected.add("task.name");
        for (String language : Bundles.LANGUAGES.keySet()) {
            assertThat(Bundles.read(language).keySet().stream().filter(k -> k.startsWith("task.")))
                    .as("task texts in %s without their user task", language)
                    .containsExactlyInAnyOrderElementsOf(expected);
        }
    }

    @Test
    void everyLanguageHasTheSameTextsWithTheSameArguments() {
        Map<String, String> english = Bundles.read("en");
        for (String language : Bundles.LANGUAGES.keySet()) {
            // a form's English is in its .form file, where designers see it: FormTextsTest holds those
            Map<String, String> other = new java.util.TreeMap<>(Bundles.read(language));
            other.keySet().removeIf(key -> key.startsWith("form."));
            assertThat(other.keySet()).as(language).containsExactlyInAnyOrderElementsOf(english.keySet());
            english.forEach((key, text) -> assertThat(arguments(other.get(key)))
                    .as("%s: %s", language, key)
                    .isEqualTo(arguments(text)));
        }
    }

    @Test
    void textsUseTypographicApostrophesAndNoCodes() {
        // forms' texts included (FormTextsTest holds the forms' own English)
        for (String language : Bundles.LANGUAGES.keySet()) {
            Bundles.read(language).forEach((key, text) -> {
                assertThat(text).as("%s: %s", language, key).doesNotContain("'");
                assertThat(Bundles.codes(text)).as("%s: %s", language, key).isEmpty();
            });
        }
    }

    @Test
    void everyOtherTextIsReadByTheCode() throws IOException {
        String sources;
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            sources = files.filter(f -> f.toString().endsWith(".java"))
                    .map(TaskTextsTest::read)
                    .collect(Collectors.joining("\n"));
        }
        for (String key : Bundles.read("en").keySet()) {
            if (key.startsWith("task.") || key.startsWith("form.")) {
                continue;
            }
            // the code names the key, or the prefix it adds the task's id to ("text.liquidation." + key)
            assertThat(sources.contains("\"" + key + "\"")
                            || sources.contains("\"" + key.substring(0, key.lastIndexOf('.') + 1) + "\""))
                    .as("%s is read by the code", key)
                    .isTrue();
        }
    }

    private static Set<String> arguments(String text) {
        return ARGUMENT.matcher(text).results().map(m -> m.group()).collect(Collectors.toSet());
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
