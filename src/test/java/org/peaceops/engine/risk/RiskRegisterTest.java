package org.peaceops.engine.risk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.peaceops.engine.EngineTest;
import org.peaceops.engine.RestClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The risk register through the API: complete entries, named refusals, tenant isolation. */
@EngineTest
class RiskRegisterTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    RestClient rest;

    @BeforeEach
    void client() {
        rest = new RestClient(port);
    }

    @Test
    void staffRecordARiskAndUpdateItsStatus() {
        var added = rest.post("/api/operations/TRAINEX/risks", "trainex-leadership", risk());

        assertThat(added.status()).as(added.body()).isEqualTo(201);
        assertThat(added.json().path("status").asText()).isEqualTo("OPEN");
        long id = added.json().path("id").asLong();

        var updated = rest.patch(
                "/api/operations/TRAINEX/risks/" + id,
                "trainex-leadership",
                Map.of("status", "MITIGATING", "mitigation", "Joint patrols with the national police"));

        assertThat(updated.status()).isEqualTo(200);
        assertThat(updated.json().path("status").asText()).isEqualTo("MITIGATING");
        assertThat(updated.json().path("category").asText()).isEqualTo("POC");
        assertThat(rest.get("/api/operations/TRAINEX", "trainex-host")
                        .json()
                        .path("risks")
                        .findValuesAsText("description"))
                .contains("Armed groups return to vacated sites");
    }

    @ParameterizedTest(name = "{0} = {1} is refused")
    @CsvSource({"category, WEATHER", "likelihood, CERTAIN", "status, FORGOTTEN", "colour, red"})
    void aBadFieldIsRefusedByNameAndNothingIsStored(String field, String value) {
        long before = risks();
        Map<String, Object> body = new HashMap<>(risk());
        body.put(field, value);

        var response = rest.post("/api/operations/TRAINEX/risks", "trainex-leadership", body);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().path("errors").findValuesAsText("path")).contains("/" + field);
        assertThat(risks()).isEqualTo(before);
    }

    @Test
    void aRiskWithoutItsRequiredFieldsIsRefused() {
        var response = rest.post("/api/operations/TRAINEX/risks", "trainex-leadership", Map.of("category", "SECURITY"));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().path("errors").findValuesAsText("path"))
                .contains("/description", "/likelihood", "/impact", "/owner");
    }

    @Test
    void anotherOperationsRisksAreNotFound() {
        long id = rest.post("/api/operations/TRAINEX/risks", "trainex-leadership", risk())
                .json()
                .path("id")
                .asLong();

        assertThat(rest.post("/api/operations/TRAINEX/risks", "monusco-host", risk())
                        .status())
                .isEqualTo(404);
        assertThat(rest.patch("/api/operations/TRAINEX/risks/" + id, "monusco-host", Map.of("status", "CLOSED"))
                        .status())
                .isEqualTo(404);
        assertThat(rest.get("/api/operations/TRAINEX/risks", "monusco-host").status())
                .isEqualTo(404);
        assertThat(rest.patch("/api/operations/MONUSCO/risks/" + id, "monusco-host", Map.of("status", "CLOSED"))
                        .status())
                .as("a TRAINEX risk through MONUSCO's route")
                .isEqualTo(404);
    }

    private long risks() {
        return jdbc.sql("select count(*) from risk").query(Long.class).single();
    }

    private static Map<String, Object> risk() {
        return Map.of(
                "category", "POC",
                "description", "Armed groups return to vacated sites",
                "likelihood", "HIGH",
                "impact", "HIGH",
                "owner", "POC unit");
    }
}
