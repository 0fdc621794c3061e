package org.peaceops.engine.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.springframework.stereotype.Component;

/**
 * The reference portfolio shipped with the project (real transitions compiled from public UN
 * sources, in the transition-portfolio/1 format), which the demo imports.
 */
@Component
public class ReferencePortfolio {

    static final String RESOURCE = "/portfolio/reference-portfolio.json";

    private final ObjectMapper json;

    public ReferencePortfolio(ObjectMapper json) {
        this.json = json;
    }

    /** The whole document. */
    public JsonNode document() {
        try (InputStream in = ReferencePortfolio.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath");
            }
            return json.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(RESOURCE, e);
        }
    }
}
