package org.peaceops.engine.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.peaceops.engine.RestClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What every hostile request must get: its exact 4xx status, the error envelope (JSON, nothing but
 * {@code errors} of {@code path} and {@code message}, no Java in the message) naming the field, no
 * change to anything stored, and no warning or error in the log (a refusal is no fault of the server).
 */
abstract class HostileApiTest {

    /** The project's tables and the engine's runtime, as far as a request could change them. */
    private static final List<String> STATE = List.of(
            "select count(*) from operation",
            "select count(*) from transition",
            "select count(*) from resolution",
            "select count(*) from benchmark",
            "select count(*) from indicator",
            "select count(*) from measurement",
            "select count(*) from phase",
            "select count(*) from site",
            "select count(*) from consultation",
            "select count(*) from benchmark_review",
            "select count(*) from review_request",
            "select count(*) from act_ru_execution",
            "select count(*) from act_id_tenant",
            "select id, category, description, likelihood, impact, owner, mitigation, status, updated_at from risk order by id",
            "select code, review_period, report_period from operation order by code",
            "select id_, rev_, duedate_ from act_ru_job order by id_");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    RestClient rest;

    @BeforeEach
    void client() {
        rest = new RestClient(port);
    }

    void assertRefused(HostileRequest request) {
        var before = state();
        var served = LoggedWarnings.whileServing(() -> send(request));
        assertRefused(request, served.response());
        assertThat(state()).as("nothing stored or changed by %s", request).isEqualTo(before);
        assertThat(served.warnings()).as("a refusal logs no warning or error").isEmpty();
    }

    /** As a client would send it; {@link ProtocolHostileTest} writes some byte by byte. */
    RestClient.Response send(HostileRequest request) {
        return rest.send(
                request.method(),
                request.path().replace("{risk}", String.valueOf(monuscoRisk())),
                request.user(),
                request.body(),
                request.headers().toArray(String[]::new));
    }

    /** The status, the envelope and the path named: shared with the requests sent byte by byte. */
    static void assertRefused(HostileRequest request, RestClient.Response response) {
        assertThat(response.status())
                .as("%s answered %s", request, response.body())
                .isEqualTo(request.status());
        assertThat(response.header("Content-Type")).as("content type").startsWith("application/json");
        JsonNode envelope = response.json();
        assertThat(envelope.size()).as("only errors in %s", response.body()).isOne();
        assertThat(envelope.path("errors").isArray()).isTrue();
        assertThat(envelope.path("errors")).as(response.body()).isNotEmpty();
        for (JsonNode error : envelope.path("errors")) {
            assertThat(error.size()).as("path and message only: %s", error).isEqualTo(2);
            assertThat(error.path("path").isTextual()).as("path").isTrue();
            assertThat(error.path("message").asText()).as("message").isNotBlank();
            assertThat(error.path("message").asText())
                    .as("plain words, no Java")
                    .doesNotContain("Exception", "java.", "org.", "springframework", "<html");
        }
        assertThat(envelope.path("errors").findValuesAsText("path"))
                .as("the field named in %s", response.body())
                .contains(request.errorPath());
    }

    long monuscoRisk() {
        return jdbc.sql("select min(id) from risk where operation_code = 'MONUSCO'")
                .query(Long.class)
                .optional()
                .orElse(0L);
    }

    Map<String, Object> state() {
        Map<String, Object> state = new LinkedHashMap<>();
        for (String query : STATE) {
            state.put(query, jdbc.sql(query).query().listOfRows().toString());
        }
        return state;
    }

    static String longText(int length) {
        return "x".repeat(length);
    }
}
