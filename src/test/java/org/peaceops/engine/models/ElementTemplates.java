package org.peaceops.engine.models;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Reads the Modeler's element templates ({@code processes/.camunda/element-templates}, one file per
 * bean, named after it) and lists the models beside them, for {@link ElementTemplatesTest} and
 * {@link TemplatesCoverModelsTest}.
 */
final class ElementTemplates {

    static final Path TEMPLATES = Path.of("processes", ".camunda", "element-templates");

    static final ObjectMapper JSON = new ObjectMapper();

    private ElementTemplates() {}

    static List<Path> templateFiles() throws IOException {
        try (Stream<Path> files = Files.list(TEMPLATES)) {
            return files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
        }
    }

    static JsonNode read(Path file) {
        try {
            return JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A file holds one template, or a list of them. */
    static List<JsonNode> templates(Path file) {
        JsonNode content = read(file);
        return content.isArray()
                ? StreamSupport.stream(content.spliterator(), false).toList()
                : List.of(content);
    }

    /** The templates of each bean: those in the file named after it. */
    static Map<String, List<JsonNode>> templatesByBean() throws IOException {
        Map<String, List<JsonNode>> templates = new HashMap<>();
        for (Path file : templateFiles()) {
            templates.put(file.getFileName().toString().replaceFirst("\\.json$", ""), templates(file));
        }
        return templates;
    }

    static List<Path> models() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("processes"))) {
            List<Path> models =
                    files.filter(f -> f.toString().endsWith(".bpmn")).sorted().toList();
            assertThat(models).isNotEmpty();
            return models;
        }
    }
}
