package org.peaceops.engine.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.peaceops.engine.Transitions.DRAWDOWN_OPERATION;

import java.time.LocalDate;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peaceops.engine.ProcessDriver;
import org.peaceops.engine.ProcessTest;
import org.peaceops.engine.Timers;
import org.peaceops.engine.Transitions;
import org.peaceops.engine.lesson.LessonRecords;
import org.peaceops.engine.ruleoflaw.RuleOfLawHandovers;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The report's transition section (resolution 2594, OP 7 and 9): the lessons recorded for the
 * operation and its rule-of-law functions mapped and handed over, drafted from the records in words,
 * in the operation's language.
 */
@ProcessTest
class TransitionSectionLessonsProcessTest {

    @Autowired
    ProcessEngine engine;

    @Autowired
    ProcessDriver driver;

    @Autowired
    Transitions transitions;

    @Autowired
    Timers timers;

    @Autowired
    LessonRecords lessons;

    @Autowired
    RuleOfLawHandovers ruleOfLaw;

    String code;

    @BeforeEach
    void newOperation() {
        code = transitions.newOperation();
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void theSectionNamesTheOperationsLessonsAndTheRuleOfLawFunctionsHandedOverAndToWhom() {
        ProcessInstance lifecycle = transitions.imported(code, DRAWDOWN_OPERATION);
        lessons.add(code, null, new LessonRecords.NewLesson("SECURITY", "Escort the convoys", "Text.", null), "x");
        lessons.add(code, null, new LessonRecords.NewLesson("PLANNING", "Plan the handover early", "Text.", null), "x");
        long police = ruleOfLaw.map(code, mapping("POLICE", "Judicial police", "National police"), "x");
        long prisons = ruleOfLaw.map(code, mapping("CORRECTIONS", "Prison oversight", "Ministry of Justice"), "x");
        ruleOfLaw.map(code, mapping("JUSTICE", "Mobile courts", "UNDP"), "x");
        ruleOfLaw.handOver(police, LocalDate.parse("2026-04-01"), "Handed over", "x");
        ruleOfLaw.withhold(prisons, "Not ready", "x");

        timers.openReport(code, lifecycle);

        assertThat(section())
                .contains(
                        "Lessons recorded for this operation: Plan the handover early; Escort the convoys.",
                        "Rule of law: 3 functions mapped for handover, 1 handed over, 1 withheld.",
                        "Rule-of-law functions handed over: Judicial police (to National police).");
    }

    @Test
    void aFrenchOperationWithoutLessonsOrFunctionsIsToldSoInFrench() {
        ProcessInstance lifecycle = transitions.imported(
                code,
                DRAWDOWN_OPERATION.replace("\"type\": \"PKO\"", "\"type\": \"PKO\", \"workingLanguage\": \"fr\""));

        timers.openReport(code, lifecycle);

        assertThat(section())
                .contains(
                        "Leçons consignées pour cette opération\u00a0: aucune pour l’instant.",
                        "État de droit\u00a0: aucune fonction recensée pour transfert pour l’instant.");
    }

    private String section() {
        var draft = driver.task(code, CouncilReporting.TASK_DRAFT_SECTION);
        return (String) engine.getTaskService().getVariable(draft.getId(), CouncilReporting.TRANSITION_SECTION);
    }

    private static RuleOfLawHandovers.Mapping mapping(String area, String function, String receiver) {
        return new RuleOfLawHandovers.Mapping(
                area, function, "NATIONAL_INSTITUTION", receiver, "READY", null, "FUNDED", null, 1);
    }
}
