package org.peaceops.engine.drawdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.peaceops.engine.Transitions.PHASED_OPERATION;

import java.time.Instant;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peaceops.engine.ProcessDriver;
import org.peaceops.engine.ProcessTest;
import org.peaceops.engine.Transitions;
import org.peaceops.engine.escalation.Escalations;
import org.peaceops.engine.ruleoflaw.RuleOfLawHandovers;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Rule-of-law handovers phase by phase (resolution 2594, OP 7) in drawdown-phase.bpmn: the functions
 * mapped for a phase are handed over in it, a national police, corrections or security institution
 * screened first (HRDDP), and the phase waits for them before it ends.
 */
@ProcessTest
class RuleOfLawHandoverProcessTest {

    @Autowired
    ProcessDriver driver;

    @Autowired
    Transitions transitions;

    @Autowired
    RuleOfLawHandovers ruleOfLaw;

    @Autowired
    HrddpScreenings hrddp;

    @Autowired
    Escalations escalations;

    String code;
    long police;
    long justice;
    long corrections;
    long later;

    /** A phase at its gate, with four functions mapped: three for it, one for the next phase. */
    @BeforeEach
    void functionsMappedForThePhase() {
        code = transitions.newOperation();
        transitions.imported(code, PHASED_OPERATION);
        police = map("POLICE", "Public order in Kidal", "NATIONAL_INSTITUTION", "Police nationale", 1);
        justice = map("JUSTICE", "Mobile courts", "NATIONAL_INSTITUTION", "Ministry of Justice", 1);
        corrections = map("CORRECTIONS", "Prison advisory", "UN_ENTITY", "UNDP", 1);
        later = map("SECURITY_SECTOR_REFORM", "Army vetting", "NATIONAL_INSTITUTION", "Ministry of Defence", 2);
        driver.giveReadinessInputs(code, Map.of());
    }

    @Test
    void theFunctionsDueInThePhaseAreHandedOverAndThePhaseWaitsForThem() {
        assertThat(driver.tasks(code, DrawdownPhase.TASK_SCREEN_RULE_OF_LAW_RECEIVER))
                .as("only the national police is screened: justice is no security support, UNDP no national force")
                .singleElement()
                .satisfies(task -> {
                    assertThat(task.getName())
                            .isEqualTo(code + ": Screen the institution that takes over Public order in Kidal");
                    assertThat(driver.groupsOf(task)).containsExactly("human-rights");
                });
        assertThat(driver.tasks(code, DrawdownPhase.TASK_HAND_OVER_RULE_OF_LAW_FUNCTION))
                .extracting(Task::getName)
                .containsExactlyInAnyOrder(code + ": Hand over Mobile courts", code + ": Hand over Prison advisory");
        driver.handOverSites(code);
        assertThat(driver.task(code, DrawdownPhase.TASK_REPATRIATE))
                .as("the phase waits for its rule-of-law functions")
                .isNull();

        driver.complete(
                code,
                DrawdownPhase.TASK_SCREEN_RULE_OF_LAW_RECEIVER,
                Map.of(
                        DrawdownPhase.HRDDP_DECISION, "SUPPORT_WITH_CONDITIONS",
                        DrawdownPhase.HRDDP_CONDITIONS, "Joint patrols monitored"));
        Task handover = functionTask(DrawdownPhase.TASK_HAND_OVER_RULE_OF_LAW_FUNCTION, "Public order in Kidal");
        assertThat(driver.groupsOf(handover)).containsExactly("mission-leadership", "transition-cell");
        driver.refused(
                code,
                handover,
                Map.of(DrawdownPhase.RULE_OF_LAW_OUTCOME, "HANDED_OVER", DrawdownPhase.RULE_OF_LAW_CONFIRMATION, ""),
                DrawdownPhase.RULE_OF_LAW_CONFIRMATION,
                "required");
        assertThat(ruleOfLaw.get(police).status()).as("nothing changed").isEqualTo("MAPPED");
        driver.complete(
                code,
                handover,
                Map.of(
                        DrawdownPhase.RULE_OF_LAW_HANDED_OVER_ON, "2026-03-01",
                        DrawdownPhase.RULE_OF_LAW_CONFIRMATION, "Letter of the Director General, 1 March"));
        driver.handOverRuleOfLawFunctions(code);

        assertThat(ruleOfLaw.get(police)).satisfies(h -> {
            assertThat(h.status()).isEqualTo("HANDED_OVER");
            assertThat(h.handedOverOn()).hasToString("2026-03-01");
            assertThat(h.handoverNote()).contains("Letter of the Director General, 1 March");
        });
        assertThat(ruleOfLaw.get(justice).status()).isEqualTo("HANDED_OVER");
        assertThat(ruleOfLaw.get(corrections).status()).isEqualTo("HANDED_OVER");
        assertThat(ruleOfLaw.get(later).status()).as("due in the next phase").isEqualTo("MAPPED");
        assertThat(hrddp.ofOperation(code))
                .as("the site Kidal's screening, and the police's")
                .hasSize(2)
                .filteredOn(s -> s.ruleOfLawHandoverId() != null)
                .singleElement()
                .satisfies(s -> {
                    assertThat(s.ruleOfLawHandoverId()).isEqualTo(police);
                    assertThat(s.decision()).isEqualTo("SUPPORT_WITH_CONDITIONS");
                });
        assertThat(driver.task(code, DrawdownPhase.TASK_REPATRIATE)).isNotNull();
    }

    @Test
    void aWithheldInstitutionIsEscalatedAndItsFunctionNeverHandedToIt() {
        withholdPolice("Rapid intervention unit");
        assertThat(escalations.open(code)).singleElement().satisfies(e -> assertThat(e.kind())
                .isEqualTo(DrawdownPhase.HANDOVER_WITHHELD_ESCALATION));
        assertThat(driver.groupsOf(driver.task(code, DrawdownPhase.TASK_DECIDE_WITHHELD_RULE_OF_LAW_HANDOVER)))
                .containsExactly("hq-task-force", "mission-leadership");
        driver.complete(
                code,
                DrawdownPhase.TASK_DECIDE_WITHHELD_RULE_OF_LAW_HANDOVER,
                Map.of(DrawdownPhase.WITHHELD_DECISION, "ANOTHER_UNIT"));
        withholdPolice("Gendarmerie mobile");
        driver.complete(
                code,
                DrawdownPhase.TASK_DECIDE_WITHHELD_RULE_OF_LAW_HANDOVER,
                Map.of(DrawdownPhase.WITHHELD_DECISION, "NOT_TO_THAT_UNIT"));
        assertThat(escalations.open(code)).isEmpty();

        Task handover = functionTask(DrawdownPhase.TASK_HAND_OVER_RULE_OF_LAW_FUNCTION, "Public order in Kidal");
        driver.refused(
                code,
                handover,
                Map.of(DrawdownPhase.RULE_OF_LAW_OUTCOME, "HANDED_OVER"),
                DrawdownPhase.RULE_OF_LAW_OUTCOME,
                "must be Not handed over");
        assertThat(ruleOfLaw.get(police).status()).as("nothing changed").isEqualTo("MAPPED");
        driver.complete(
                code,
                handover,
                Map.of(
                        DrawdownPhase.RULE_OF_LAW_OUTCOME, "WITHHELD",
                        DrawdownPhase.RULE_OF_LAW_NOTE, "The mission keeps it until a unit can be supported"));

        assertThat(ruleOfLaw.get(police)).satisfies(h -> {
            assertThat(h.status()).isEqualTo("WITHHELD");
            assertThat(h.handoverNote()).isEqualTo("The mission keeps it until a unit can be supported");
        });
        assertThat(hrddp.ofOperation(code))
                .extracting(s -> s.receivingUnit() + " " + s.decision() + " " + s.withheldDecision())
                .containsExactly(
                        "Rapid intervention unit WITHHOLD ANOTHER_UNIT",
                        "Gendarmerie mobile WITHHOLD NOT_TO_THAT_UNIT");
    }

    @Test
    void anAcceleratedPhaseHandsItsFunctionsOverByTheHardDeadlineScreeningThePoliceFirst() {
        String accelerated = transitions.newOperation();
        transitions.imported(accelerated, AcceleratedWithdrawalProcessTest.consentWithdrawnOperation());
        ruleOfLaw.map(
                accelerated,
                new RuleOfLawHandovers.Mapping(
                        "POLICE",
                        "Border police",
                        "NATIONAL_INSTITUTION",
                        "Police nationale",
                        "PARTIAL",
                        null,
                        "UNFUNDED",
                        null,
                        1),
                "transition-officer");
        driver.complete(accelerated, DrawdownPhase.TASK_RECORD_ACCELERATED_RISK);
        driver.complete(accelerated, DrawdownPhase.TASK_ACCEPT_ACCELERATED_RISK);
        driver.complete(accelerated, DrawdownPhase.TASK_ANALYSE_ACCELERATED_GENDER);

        Task screening = driver.task(accelerated, DrawdownPhase.TASK_SCREEN_RULE_OF_LAW_RECEIVER);
        assertThat(screening.getDueDate()).isEqualTo(Date.from(Instant.parse("2026-12-31T00:00:00Z")));
        driver.complete(accelerated, screening, Map.of(DrawdownPhase.HRDDP_DECISION, "SUPPORT"));
        Task handover = driver.task(accelerated, DrawdownPhase.TASK_HAND_OVER_RULE_OF_LAW_FUNCTION);
        assertThat(handover.getDueDate()).isEqualTo(Date.from(Instant.parse("2026-12-31T00:00:00Z")));
        driver.complete(accelerated, handover, Map.of());
        assertThat(ruleOfLaw.ofOperation(accelerated)).singleElement().satisfies(h -> assertThat(h.status())
                .isEqualTo("HANDED_OVER"));
    }

    private void withholdPolice(String unit) {
        driver.complete(
                code,
                DrawdownPhase.TASK_SCREEN_RULE_OF_LAW_RECEIVER,
                Map.of(DrawdownPhase.HRDDP_RECEIVING_UNIT, unit, DrawdownPhase.HRDDP_DECISION, "WITHHOLD"));
    }

    private Task functionTask(String activity, String function) {
        return driver.task(code, activity, DrawdownPhase.RULE_OF_LAW_FUNCTION, function);
    }

    private long map(String area, String function, String receiverKind, String receiver, int phaseSeq) {
        return ruleOfLaw.map(
                code,
                new RuleOfLawHandovers.Mapping(
                        area, function, receiverKind, receiver, "READY", null, "FUNDED", null, phaseSeq),
                "transition-officer");
    }
}
