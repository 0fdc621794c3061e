package org.peaceops.engine.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peaceops.engine.EngineTest;
import org.peaceops.engine.RestClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The human rights screenings (HRDDP) of the units that received a site, as the operations API and the
 * transition status report show them: each screening in the operation, counted by decision in the
 * report (JSON, CSV, Markdown), as of the report's day.
 */
@EngineTest
class HrddpScreeningsReportedTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ObjectMapper json;

    String code;

    @BeforeEach
    void anOperationWithThreeScreenings() throws IOException {
        code = "HRDDP-" + UUID.randomUUID().toString().substring(0, 5).toUpperCase();
        String document =
                """
                {"format": "transition-portfolio/1", "operations": [{"code": "%s", "name": "Screened %s",
                  "type": "SPM", "hostCountry": "XAR",
                  "transition": {"trigger": "PLANNED", "startedOn": "2023-01-15", "stage": "CLOSURE"},
                  "phases": [{"seq": 1, "name": "All", "status": "ONGOING", "sites": [
                   {"name": "Alpha", "type": "BASE"}, {"name": "Bravo", "type": "CAMP"}]}]}]}"""
                        .formatted(code, code);
        var response = rest().post("/api/portfolio", "hq-planner", json.readTree(document));
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        // as the screening task records them (the process tests drive the task itself)
        screening("Alpha", "Battalion 7", "WITHHOLD", null, "2024-05-02T10:00:00Z");
        screening("Alpha", "Police nationale", "SUPPORT_WITH_CONDITIONS", "Monthly visits", "2024-05-10T10:00:00Z");
        screening("Bravo", "Gendarmerie", "SUPPORT", null, "2024-07-01T10:00:00Z");
        jdbc.sql(
                        "update hrddp_screening set withheld_decision = 'ANOTHER_UNIT' where operation_code = ? and decision = 'WITHHOLD'")
                .param(code)
                .update();
    }

    @Test
    void theOperationShowsEachScreeningWithItsSiteUnitAndDecision() {
        JsonNode operation = rest().get("/api/operations/" + code, "hq-planner").json();

        assertThat(StreamSupport.stream(operation.path("hrddpScreenings").spliterator(), false)
                        .map(s -> s.path("siteName").asText() + " "
                                + s.path("receivingUnit").asText() + " "
                                + s.path("decision").asText() + " "
                                + s.path("conditions").asText() + " "
                                + s.path("withheldDecision").asText()))
                .containsExactly(
                        "Alpha Battalion 7 WITHHOLD null ANOTHER_UNIT",
                        "Alpha Police nationale SUPPORT_WITH_CONDITIONS Monthly visits null",
                        "Bravo Gendarmerie SUPPORT null null");
        assertThat(operation.path("hrddpScreenings").get(0).path("phaseSeq").asInt())
                .isOne();
    }

    @Test
    void theReportCountsTheScreeningsByDecisionAsOfItsDay() {
        var report = rest().get("/api/reports/transition-status?asOf=2024-06-30", "hq-planner")
                .json();
        JsonNode operation = StreamSupport.stream(report.path("operations").spliterator(), false)
                .filter(o -> o.path("code").asText().equals(code))
                .findFirst()
                .orElseThrow();
        assertThat(operation.path("hrddpScreenings").findValuesAsText("decision"))
                .as("the one screened in July is not yet on record on 30 June")
                .containsExactly("WITHHOLD", "SUPPORT_WITH_CONDITIONS");
        assertThat(operation
                        .path("hrddpScreenings")
                        .get(0)
                        .path("insteadOfWithheld")
                        .asText())
                .isEqualTo("ANOTHER_UNIT");

        String csv = rest().get("/api/reports/transition-status?asOf=2024-07-31&format=csv", "hq-planner")
                .body();
        assertThat(csv.lines().findFirst().orElseThrow())
                .endsWith(",hrddpSupport,hrddpSupportWithConditions,hrddpWithheld");
        assertThat(csv.lines().filter(line -> line.contains(code)).findFirst().orElseThrow())
                .endsWith(",1,1,1");

        String md = rest().get("/api/reports/transition-status?asOf=2024-07-31&format=md", "hq-planner")
                .body();
        assertThat(md)
                .contains(
                        "- Human rights screenings of receiving units: 1 supported, 1 supported with conditions,"
                                + " 1 withheld; withheld on 2024-05-02: site Alpha to Battalion 7, another unit chosen instead");
    }

    private void screening(String site, String unit, String decision, String conditions, String at) {
        jdbc.sql(
                        """
                insert into hrddp_screening (operation_code, phase_id, site_id, receiving_unit, violation_risk,
                    risk_summary, mitigation, decision, conditions, screened_by, screened_at)
                select p.operation_code, p.id, s.id, ?, 'MEDIUM', 'Record reviewed', 'Training', ?, ?, 'hr-officer', ?
                from site s join phase p on p.id = s.phase_id where p.operation_code = ? and s.name = ?""")
                .params(unit, decision, conditions, Timestamp.from(Instant.parse(at)), code, site)
                .update();
    }

    private RestClient rest() {
        return new RestClient(port);
    }
}
