package org.peaceops.engine.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.peaceops.engine.ProcessDriver;
import org.peaceops.engine.ProcessTest;
import org.peaceops.engine.Transitions;
import org.peaceops.engine.assessment.StrategicAssessment;
import org.peaceops.engine.lifecycle.TransitionLifecycle;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Lessons put to use (resolution 2594, OP 9): the terms of reference show the lessons of earlier
 * transitions that fit the operation best, in words, never its own; and only transitions of its type.
 */
@ProcessTest
class LessonsForDraftingProcessTest {

    /** A transition imported at drawdown, of the given type, named after a word of the test's own. */
    static final String OPERATION_OF_TYPE =
            """
            {"format": "transition-portfolio/1", "operations": [{"code": "%1$s", "name": "Mission in %2$s",
              "type": "%3$s", "hostCountry": "XAR",
              "transition": {"trigger": "PLANNED", "startedOn": "2025-06-01", "stage": "DRAWDOWN"},
              "phases": [{"seq": 1, "name": "All regions", "status": "ONGOING"}]}]}
            """;

    @Autowired
    ProcessEngine engine;

    @Autowired
    ProcessDriver driver;

    @Autowired
    Transitions transitions;

    @Autowired
    LessonRecords records;

    @Autowired
    LessonsForDrafting lessons;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void theTermsOfReferenceShowTheLessonsOfEarlierTransitionsThatShareTheOperationsWordsFirst() {
        String code = transitions.newOperation();
        String word = "Velmoria" + code.toLowerCase(Locale.ROOT);
        String earlier = transitions.newOperation();
        transitions.imported(earlier, OPERATION_OF_TYPE.formatted(earlier, "Elsewhere", "PKO"));
        records.add(
                earlier,
                null,
                new LessonRecords.NewLesson(
                        "PLANNING",
                        "Hear the " + word + " chiefs before the plan",
                        "In " + word + " the chiefs held the roads.",
                        "Consult them in the first month."),
                "transition-officer");

        driver.startLifecycle(code, Map.of(TransitionLifecycle.OPERATION_NAME, "Mission in " + word));
        var terms = driver.task(code, StrategicAssessment.TASK_DRAFT_TERMS_OF_REFERENCE);

        String shown = (String) engine.getTaskService().getVariable(terms.getId(), LessonsForDrafting.RELEVANT_LESSONS);
        assertThat(shown)
                .startsWith("The lessons of earlier transitions of this kind that fit this operation best")
                .contains("**Hear the " + word + " chiefs before the plan** (" + earlier + ", ")
                .contains("): In " + word
                        + " the chiefs held the roads. Recommendation: Consult them in the first month.");
        assertThat(shown.split("\n\n")[1])
                .as("the lesson sharing the operation's words comes first")
                .contains(word);

        records.add(code, null, new LessonRecords.NewLesson("PLANNING", word + " own lesson", "Own.", null), "x");
        assertThat(lessons.relevantTo(code, 50))
                .extracting(LessonRecords.LessonRow::operationCode)
                .as("never the operation's own lessons")
                .doesNotContain(code);
    }

    @Test
    void onlyTransitionsOfTheOperationsTypeAreWeighedAndWithoutAnyThereIsNone() {
        String mission = transitions.newOperation();
        String word = "Quarnel" + mission.toLowerCase(Locale.ROOT);
        transitions.imported(mission, OPERATION_OF_TYPE.formatted(mission, word, "SPM"));
        String peacekeeping = transitions.newOperation();
        transitions.imported(peacekeeping, OPERATION_OF_TYPE.formatted(peacekeeping, "Elsewhere", "PKO"));
        String political = transitions.newOperation();
        transitions.imported(political, OPERATION_OF_TYPE.formatted(political, "Elsewhere", "SPM"));
        records.add(
                peacekeeping, null, new LessonRecords.NewLesson("POLITICAL", word + " in a PKO", "Text.", null), "x");
        records.add(political, null, new LessonRecords.NewLesson("POLITICAL", word + " in an SPM", "Text.", null), "x");

        assertThat(lessons.relevantTo(mission, 3))
                .first()
                .extracting(LessonRecords.LessonRow::title)
                .isEqualTo(word + " in an SPM");
        assertThat(lessons.relevantTo(mission, 500))
                .extracting(LessonRecords.LessonRow::operationCode)
                .doesNotContain(peacekeeping, mission);
        assertThat(lessons.relevantTo("NO-SUCH-OPERATION", 3)).isEmpty();
    }
}
