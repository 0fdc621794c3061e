package org.peaceops.engine.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.stereotype.Component;

/**
 * What the generated OpenAPI document cannot know from the records: the API's purpose, and examples of
 * the portfolio documents the import takes, read from the same files the tests validate against the
 * portfolio schema, so that no example in the document can drift from the schema unnoticed.
 */
@Component
class ApiDocument implements OpenApiCustomizer {

    static final Map<String, String> PORTFOLIO_EXAMPLES = Map.of(
            "newTransition", "/portfolio/examples/new-transition.json",
            "completedTransition", "/portfolio/examples/completed-transition.json");

    private final ObjectMapper json;

    ApiDocument(ObjectMapper json) {
        this.json = json;
    }

    @Override
    public void customise(io.swagger.v3.oas.models.OpenAPI api) {
        api.info(new Info()
                .title("Transition engine API")
                .version("1")
                .description("Operations in transition, their benchmarks, reviews, risks, lessons and reports,"
                        + " as far as the caller's operations reach. Errors come as"
                        + " {\"errors\": [{\"path\", \"message\"}]}."));
        var importPath = api.getPaths() == null ? null : api.getPaths().get("/api/portfolio");
        if (importPath == null || importPath.getPost() == null) {
            return;
        }
        var body = importPath.getPost().getRequestBody();
        if (body == null) {
            return;
        }
        body.description("A transition-portfolio/1 document, accepted whole or refused whole. Its JSON Schema"
                + " is served at GET /api/portfolio/schema.");
        Map<String, Example> examples = new LinkedHashMap<>();
        PORTFOLIO_EXAMPLES.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .forEach(example -> examples.put(example.getKey(), example(example.getValue())));
        Content content = body.getContent() == null ? new Content() : body.getContent();
        MediaType media = content.getOrDefault("application/json", new MediaType());
        media.setExamples(examples);
        content.addMediaType("application/json", media);
        body.setContent(content);
    }

    private Example example(String resource) {
        try (InputStream in = ApiDocument.class.getResourceAsStream(resource)) {
            JsonNode document = json.readTree(in);
            return new Example()
                    .summary(document.path("note").asText())
                    .value(json.convertValue(document, Object.class));
        } catch (IOException e) {
            throw new UncheckedIOException(resource, e);
        }
    }
}
