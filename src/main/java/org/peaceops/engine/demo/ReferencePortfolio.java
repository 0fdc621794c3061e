package org.peaceops.engine.demo;

import static org.peaceops.engine.transition.TransitionLifecycle.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.springframework.stereotype.Component;

/**
 * The reference portfolio shipped with the project (real transitions compiled from public UN
 * sources, in the transition-portfolio/1 format), read for the demo.
 */
@Component
public class ReferencePortfolio {

    static final String RESOURCE = "/portfolio/reference-portfolio.json";

    private final ObjectMapper json;

    public ReferencePortfolio(ObjectMapper json) {
        this.json = json;
    }

    /** The lifecycle's start form values for one operation of the portfolio. */
    public Map<String, Object> startValues(String operationCode) {
        JsonNode operation = operation(operationCode);
        JsonNode transition = operation.path("transition");
        return Map.of(
                OPERATION_CODE, operationCode,
                OPERATION_NAME, operation.path("name").asText(),
                HOST_COUNTRY, operation.path("hostCountry").asText(),
                TRANSITION_TRIGGER, transition.path("trigger").asText(),
                TRANSITION_STARTED_ON, transition.path("startedOn").asText());
    }

    private JsonNode operation(String operationCode) {
        try (InputStream in = ReferencePortfolio.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath");
            }
            return StreamSupport.stream(json.readTree(in).path("operations").spliterator(), false)
                    .filter(o -> operationCode.equals(o.path("code").asText()))
                    .findFirst()
                    .orElseThrow(
                            () -> new IllegalArgumentException(operationCode + " is not in the reference portfolio"));
        } catch (IOException e) {
            throw new UncheckedIOException(RESOURCE, e);
        }
    }
}
