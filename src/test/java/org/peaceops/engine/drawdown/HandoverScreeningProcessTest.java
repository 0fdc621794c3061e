package org.peaceops.engine.drawdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.peaceops.engine.Transitions.DRAWDOWN_OPERATION;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peaceops.engine.ProcessDriver;
import org.peaceops.engine.ProcessTest;
import org.peaceops.engine.Transitions;
import org.peaceops.engine.escalation.Escalations;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Human rights due diligence (HRDDP) on the sites of drawdown-phase.bpmn: the receiving unit screened
 * before every handover; support withheld blocks the handover and escalates it to mission leadership and
 * HQ, who choose another unit (screened again) or close the site without handing it over.
 */
@ProcessTest
class HandoverScreeningProcessTest {

    @Autowired
    ProcessDriver driver;

    @Autowired
    Transitions transitions;

    @Autowired
    Escalations escalations;

    @Autowired
    HrddpScreenings hrddp;

    @Autowired
    DrawdownReads drawdownReads;

    String code;

    @BeforeEach
    void sitesCheckedAndWaitingForTheirScreening() {
        code = transitions.newOperation();
        transitions.imported(code, DRAWDOWN_OPERATION);
        for (String activity : List.of(
                DrawdownPhase.TASK_CHECK_POC_THREATS,
                DrawdownPhase.TASK_CLEAR_ENVIRONMENT,
                DrawdownPhase.TASK_PLAN_ASSET_DISPOSAL)) {
            for (var task : driver.tasks(code, activity)) {
                driver.complete(code, task, Map.of());
            }
        }
    }

    @Test
    void supportWithheldBlocksTheHandoverAndEscalatesUntilAnotherUnitIsScreenedAndSupported() {
        withhold("Camp Alpha", "Battalion 7");

        assertThat(driver.tasks(code, DrawdownPhase.TASK_CERTIFY_HANDOVER))
                .as("no handover of Camp Alpha to the unit withheld")
                .isEmpty();
        var decision = siteTask(DrawdownPhase.TASK_DECIDE_WITHHELD_SITE_HANDOVER, "Camp Alpha");
        assertThat(decision.getName())
                .isEqualTo(code + ": Decide what happens to site Camp Alpha, its handover withheld");
        assertThat(driver.groupsOf(decision)).containsExactly("hq-task-force", "mission-leadership");
        assertThat(escalations.open(code)).singleElement().satisfies(escalation -> {
            assertThat(escalation.kind()).isEqualTo(DrawdownPhase.HANDOVER_WITHHELD_ESCALATION);
            assertThat(escalation.candidateGroups()).isEqualTo("hq-task-force,mission-leadership");
            assertThat(escalation.reason()).contains("Camp Alpha", "Battalion 7", "HIGH");
        });

        driver.complete(
                code,
                decision,
                Map.of(DrawdownPhase.WITHHELD_DECISION, "ANOTHER_UNIT", DrawdownPhase.WITHHELD_NOTE, "Police instead"));
        assertThat(escalations.open(code)).isEmpty();
        driver.complete(
                code,
                siteTask(DrawdownPhase.TASK_SCREEN_SITE_RECEIVING_UNIT, "Camp Alpha"),
                Map.of(
                        DrawdownPhase.HRDDP_RECEIVING_UNIT, "Police nationale, Est",
                        DrawdownPhase.HRDDP_DECISION, "SUPPORT"));
        driver.complete(code, siteTask(DrawdownPhase.TASK_CERTIFY_HANDOVER, "Camp Alpha"), Map.of());

        assertThat(hrddp.ofOperation(code))
                .extracting(
                        s -> s.siteName() + " " + s.receivingUnit() + " " + s.decision() + " " + s.withheldDecision())
                .containsExactly(
                        "Camp Alpha Battalion 7 WITHHOLD ANOTHER_UNIT",
                        "Camp Alpha Police nationale, Est SUPPORT null");
        assertThat(site("Camp Alpha").status()).isEqualTo("HANDED_OVER");
    }

    @Test
    void aWithheldHandoverMayEndWithTheSiteClosedButNeverHandedOver() {
        withhold("Beta", "Militia auxiliaries");
        driver.complete(
                code,
                siteTask(DrawdownPhase.TASK_DECIDE_WITHHELD_SITE_HANDOVER, "Beta"),
                Map.of(DrawdownPhase.WITHHELD_DECISION, "CLOSE_WITHOUT_HANDOVER"));

        driver.refused(
                code,
                DrawdownPhase.TASK_RECORD_SITE_CLOSURE,
                Map.of(DrawdownPhase.SITE_OUTCOME, "HANDED_OVER"),
                DrawdownPhase.SITE_OUTCOME,
                "must be Closed");
        assertThat(site("Beta").status()).as("nothing changed").isEqualTo("OPEN");
        driver.complete(code, DrawdownPhase.TASK_RECORD_SITE_CLOSURE, Map.of(DrawdownPhase.SITE_OUTCOME, "CLOSED"));

        assertThat(site("Beta").status()).isEqualTo("CLOSED");
        assertThat(hrddp.ofOperation(code)).singleElement().satisfies(s -> {
            assertThat(s.decision()).isEqualTo("WITHHOLD");
            assertThat(s.withheldDecision()).isEqualTo("CLOSE_WITHOUT_HANDOVER");
        });
    }

    @Test
    void aScreeningIsRefusedWithoutItsConditionsOrItsDecisionAndRecordsNothing() {
        driver.refused(
                code,
                siteTask(DrawdownPhase.TASK_SCREEN_SITE_RECEIVING_UNIT, "Beta"),
                Map.of(DrawdownPhase.HRDDP_DECISION, "SUPPORT_WITH_CONDITIONS", DrawdownPhase.HRDDP_CONDITIONS, ""),
                DrawdownPhase.HRDDP_CONDITIONS,
                "required");
        driver.refused(
                code,
                siteTask(DrawdownPhase.TASK_SCREEN_SITE_RECEIVING_UNIT, "Beta"),
                Map.of(DrawdownPhase.HRDDP_DECISION, "MAYBE"),
                DrawdownPhase.HRDDP_DECISION,
                "");
        driver.refused(
                code,
                siteTask(DrawdownPhase.TASK_SCREEN_SITE_RECEIVING_UNIT, "Beta"),
                Map.of(DrawdownPhase.HRDDP_RECEIVING_UNIT, ""),
                DrawdownPhase.HRDDP_RECEIVING_UNIT,
                "required");

        assertThat(hrddp.ofOperation(code)).as("nothing recorded").isEmpty();
        assertThat(driver.tasks(code, DrawdownPhase.TASK_SCREEN_SITE_RECEIVING_UNIT))
                .hasSize(2);
    }

    private void withhold(String site, String unit) {
        driver.complete(
                code,
                siteTask(DrawdownPhase.TASK_SCREEN_SITE_RECEIVING_UNIT, site),
                Map.of(
                        DrawdownPhase.HRDDP_RECEIVING_UNIT, unit,
                        DrawdownPhase.HRDDP_VIOLATION_RISK, "HIGH",
                        DrawdownPhase.HRDDP_DECISION, "WITHHOLD"));
    }

    private org.camunda.bpm.engine.task.Task siteTask(String activity, String site) {
        return driver.task(code, activity, DrawdownPhase.SITE_NAME, site);
    }

    private DrawdownReads.Site site(String name) {
        return drawdownReads.phases(code).stream()
                .flatMap(phase -> phase.sites().stream())
                .filter(s -> s.name().equals(name))
                .findFirst()
                .orElseThrow();
    }
}
