package org.peaceops.engine.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.peaceops.engine.EngineTest;
import org.peaceops.engine.RestClient;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The project's French for Tasklist, Cockpit, Admin and Welcome: every key of the English file of the
 * Camunda release on the classpath, with the same placeholders and markup, served where the webapps
 * load their locales from. A Camunda upgrade that adds or renames keys fails here until fr.json follows.
 */
@EngineTest
class WebappLocalesTest {

    private static final String LOCALES = "META-INF/resources/webjars/camunda/app/%s/locales/%s.json";

    /**
     * What the webapps fill in or render: Angular placeholders, moment's %d and %s, {} and HTML tags
     * (not the texts shown in angle brackets, such as &lt;undefined&gt;, which are translated).
     */
    private static final Pattern MARKS =
            Pattern.compile("\\{\\{[^}]*}}|\\{}|%[sd]|</?(a|b|br|code|div|em|i|li|p|span|strong|ul)\\b[^>]*>");

    private final ObjectMapper json = new ObjectMapper();

    @LocalServerPort
    int port;

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
    void theFrenchFileHasEveryKeyOfTheEnglishOneAndNoOther(String app) throws IOException {
        Map<String, String> english = leaves(read(app, "en"));
        Map<String, String> french = leaves(read(app, "fr"));

        assertThat(french.keySet()).containsExactlyElementsOf(english.keySet());
    }

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
    void eachFrenchTextKeepsThePlaceholdersAndMarkupOfTheEnglishOne(String app) throws IOException {
        Map<String, String> english = leaves(read(app, "en"));
        Map<String, String> french = leaves(read(app, "fr"));

        List<String> different = new ArrayList<>();
        english.forEach((key, text) -> {
            if (!marks(text).equals(marks(french.getOrDefault(key, "")))) {
                different.add(key + ": " + text + " / " + french.get(key));
            }
        });
        assertThat(different).isEmpty();
        assertThat(french).as("a French text for every English one").allSatisfy((key, text) -> assertThat(
                        text.isEmpty())
                .isEqualTo(english.get(key).isEmpty()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "cockpit", "admin"})
    void frenchDatesPutTheDayBeforeTheMonth(String app) throws IOException {
        JsonNode formats = read(app, "fr").path("dateLocales").path("longDateFormat");

        for (String format : List.of("L", "LL", "LLL", "LLLL")) {
            String pattern = formats.path(format).asText();
            assertThat(pattern.indexOf('D'))
                    .as(format + " " + pattern)
                    .isNotNegative()
                    .isLessThan(pattern.indexOf('M'));
        }
        assertThat(formats.path("LT").asText()).isEqualTo("HH:mm");
    }

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
    void theApplicationServesTheFrenchFileWhereTheWebappLoadsItWithoutSigningIn(String app) throws IOException {
        // the login page is translated too, so the file is read before anyone signs in
        var served = new RestClient(port).get("/camunda/app/" + app + "/locales/fr.json?bust=7.24.0", null);

        assertThat(served.status()).isEqualTo(200);
        assertThat(json.readTree(served.body())).isEqualTo(read(app, "fr"));
    }

    private JsonNode read(String app, String language) throws IOException {
        URL url = getClass().getClassLoader().getResource(LOCALES.formatted(app, language));
        assertThat(url).as(app + " " + language).isNotNull();
        try (InputStream in = url.openStream()) {
            // Camunda's files start with a byte order mark
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\uFEFF", "");
            return json.readTree(text);
        }
    }

    /** Every text by its path (labels.KEY, dateLocales.months[0]...), in the file's order. */
    private static Map<String, String> leaves(JsonNode node) {
        Map<String, String> leaves = new java.util.LinkedHashMap<>();
        collect("", node, leaves);
        return leaves;
    }

    private static void collect(String path, JsonNode node, Map<String, String> leaves) {
        if (node.isObject()) {
            node.fields().forEachRemaining(field -> collect(path + "." + field.getKey(), field.getValue(), leaves));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collect(path + "[" + i + "]", node.get(i), leaves);
            }
        } else {
            leaves.put(path, node.asText());
        }
    }

    private static Map<String, Integer> marks(String text) {
        Map<String, Integer> marks = new TreeMap<>();
        Matcher matcher = MARKS.matcher(text);
        while (matcher.find()) {
            marks.merge(matcher.group(), 1, Integer::sum);
        }
        return marks.isEmpty() ? Collections.emptyMap() : marks;
    }
}
