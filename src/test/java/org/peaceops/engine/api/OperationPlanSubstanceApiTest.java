package org.peaceops.engine.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peaceops.engine.EngineTest;
import org.peaceops.engine.RestClient;
import org.peaceops.engine.planning.PlanSubstanceRecords;
import org.peaceops.engine.ruleoflaw.RuleOfLawHandovers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@code GET /api/operations/{code}} shows what joint planning mapped and agreed (resolution 2594, OP 2,
 * 7 and 12): the rule-of-law functions to hand over, the roles matrix and the regional organisations'
 * role, to the operation's staff (the regional organisations' liaison among them) and headquarters.
 */
@EngineTest
class OperationPlanSubstanceApiTest {

    private static final String BY = "plan-substance-api-test";

    @LocalServerPort
    int port;

    @Autowired
    RuleOfLawHandovers ruleOfLaw;

    @Autowired
    PlanSubstanceRecords substance;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void mappedInPlanning() {
        ruleOfLaw.map(
                "MONUSCO",
                new RuleOfLawHandovers.Mapping(
                        "JUSTICE",
                        "Mobile courts in Ituri",
                        "NATIONAL_INSTITUTION",
                        "Ministry of Justice",
                        "PARTIAL",
                        "Two of five courts staffed",
                        "PARTLY_FUNDED",
                        "Joint justice programme",
                        2),
                BY);
        substance.recordRoles(
                "MONUSCO",
                List.of(new PlanSubstanceRecords.Role("MISSION", "Protects civilians until June")),
                null,
                BY);
        substance.recordRegionalRole(
                "MONUSCO",
                new PlanSubstanceRecords.RegionalRole(
                        "SADC, EAC, African Union",
                        LocalDate.parse("2026-02-20"),
                        "They back the timetable",
                        "SADC: a follow-on force in the east",
                        null),
                BY);
    }

    @AfterEach
    void removeThem() {
        jdbc.sql("delete from rule_of_law_handover where mapped_by = ?")
                .param(BY)
                .update();
        jdbc.sql("delete from plan_role where recorded_by = ?").param(BY).update();
        jdbc.sql("delete from regional_role where recorded_by = ?").param(BY).update();
    }

    @Test
    void theOperationShowsItsRuleOfLawFunctionsRolesAndRegionalRole() {
        var operation = new RestClient(port).get("/api/operations/MONUSCO", "monusco-regional");

        assertThat(operation.status()).isEqualTo(200);
        assertThat(operation.json().path("ruleOfLaw"))
                .filteredOn(f -> f.path("function").asText().equals("Mobile courts in Ituri"))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.path("area").asText()).isEqualTo("JUSTICE");
                    assertThat(f.path("receiverKind").asText()).isEqualTo("NATIONAL_INSTITUTION");
                    assertThat(f.path("receiver").asText()).isEqualTo("Ministry of Justice");
                    assertThat(f.path("capacity").asText()).isEqualTo("PARTIAL");
                    assertThat(f.path("funding").asText()).isEqualTo("PARTLY_FUNDED");
                    assertThat(f.path("phase").asInt()).isEqualTo(2);
                    assertThat(f.path("status").asText()).isEqualTo("MAPPED");
                });
        assertThat(operation.json().path("rolesMatrix"))
                .anySatisfy(r ->
                        assertThat(r.path("responsibilities").asText()).isEqualTo("Protects civilians until June"));
        assertThat(operation.json().path("regionalOrganisations")).anySatisfy(r -> {
            assertThat(r.path("organisations").asText()).isEqualTo("SADC, EAC, African Union");
            assertThat(r.path("consultedOn").asText()).isEqualTo("2026-02-20");
        });
    }

    @Test
    void theRegionalLiaisonOfOneOperationDoesNotSeeAnother() {
        var other = new RestClient(port).get("/api/operations/TRAINEX", "monusco-regional");

        assertThat(other.status()).isEqualTo(404);
        assertThat(other.json().path("errors")).isNotEmpty();
    }
}
