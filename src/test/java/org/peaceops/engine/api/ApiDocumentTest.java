package org.peaceops.engine.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.peaceops.engine.EngineTest;
import org.peaceops.engine.RestClient;
import org.peaceops.engine.portfolio.PortfolioValidator;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The OpenAPI 3 document of /api, served to signed-in callers from the typed records the API returns. */
@EngineTest
class ApiDocumentTest {

    @LocalServerPort
    int port;

    @Autowired
    PortfolioValidator validator;

    @Test
    void anAnonymousCallerGetsNoApiDocument() {
        assertThat(new RestClient(port).get("/v3/api-docs", null).status()).isEqualTo(401);
    }

    @Test
    void aSignedInCallerReadsEveryRouteOfTheApiAndTheShapesOfItsAnswers() {
        var document = new RestClient(port).get("/v3/api-docs", "hq-planner");

        assertThat(document.status()).isEqualTo(200);
        assertThat(document.json().path("openapi").asText()).startsWith("3.");
        assertThat(document.json().path("paths").fieldNames())
                .toIterable()
                .contains(
                        "/api/operations",
                        "/api/operations/{code}",
                        "/api/operations/{code}/benchmarks",
                        "/api/operations/{code}/measurements",
                        "/api/operations/{code}/reviews",
                        "/api/portfolio",
                        "/api/lessons",
                        "/api/reports/transition-status")
                .allMatch(path -> path.startsWith("/api/"));
        assertThat(document.json().path("components").path("schemas").fieldNames())
                .toIterable()
                .contains("Operation", "OperationSummary", "TransitionRecord", "LessonSearch");
    }

    @Test
    void everyPortfolioExampleOfTheDocumentIsValidAgainstThePortfolioSchema() {
        var examples = new RestClient(port)
                .get("/v3/api-docs", "hq-planner")
                .json()
                .at("/paths/~1api~1portfolio/post/requestBody/content/application~1json/examples");

        assertThat(examples.fieldNames())
                .toIterable()
                .containsExactlyInAnyOrder("newTransition", "completedTransition");
        examples.fields().forEachRemaining(example -> assertThat(
                        validator.validate(example.getValue().path("value")).errors())
                .as(example.getKey())
                .isEmpty());
    }
}
