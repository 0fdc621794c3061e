package org.peaceops.engine.drawdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.peaceops.engine.Transitions.LATE_OPERATION;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peaceops.engine.ProcessDriver;
import org.peaceops.engine.ProcessTest;
import org.peaceops.engine.Timers;
import org.peaceops.engine.Transitions;
import org.peaceops.engine.closure.Closure;
import org.peaceops.engine.lifecycle.TransitionLifecycle;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A task speaks its operation's working language: a French operation's tasks are named and described
 * in French, an English one's in English, from the same models and the same listeners. MONUSCO-like
 * data: a drawdown behind its dates, imported with its language.
 */
@ProcessTest
class WorkingLanguageProcessTest {

    private static final String NB = "\u00a0";

    @Autowired
    ProcessEngine engine;

    @Autowired
    ProcessDriver driver;

    @Autowired
    Transitions transitions;

    @Autowired
    Timers timers;

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
    void aFrenchOperationsTasksAreNamedAndDescribedInFrench() {
        var lifecycle = transitions.imported(code, inLanguage(LATE_OPERATION, "fr"));
        timers.checkDrawdown(code, lifecycle);

        var minembwe = driver.task(code, DrawdownAlert.TASK_RESOLVE_OVERDUE_SITE, DrawdownPhase.SITE_NAME, "Minembwe");
        assertThat(minembwe.getName())
                .isEqualTo(code + NB + ": Fermer le site dont la date prévue est dépassée" + NB + ": Minembwe");
        assertThat(minembwe.getDescription())
                .startsWith("Le site Minembwe (phase 1 (South)) aurait dû fermer")
                .contains("Pourquoi" + NB + ":", "Ensuite" + NB + ":");
        var centre = driver.task(code, DrawdownAlert.TASK_RESOLVE_OVERRUNNING_PHASE);
        assertThat(centre.getName())
                .isEqualTo(code + NB + ": Réviser la fin de la phase 2 (Centre), qui dépasse sa date prévue");
        assertThat(centre.getDescription()).startsWith("La phase 2 (Centre) du retrait est toujours en cours");
        assertThat(engine.getRuntimeService().getVariable(lifecycle.getId(), TransitionLifecycle.WORKING_LANGUAGE))
                .isEqualTo("fr");
    }

    @Test
    void anEnglishOperationsTasksAreNamedAndDescribedInEnglish() {
        var lifecycle = transitions.imported(code, inLanguage(LATE_OPERATION, "en"));
        timers.checkDrawdown(code, lifecycle);

        var minembwe = driver.task(code, DrawdownAlert.TASK_RESOLVE_OVERDUE_SITE, DrawdownPhase.SITE_NAME, "Minembwe");
        assertThat(minembwe.getName()).isEqualTo(code + ": Close the site past its planned date: Minembwe");
        assertThat(minembwe.getDescription())
                .startsWith("Site Minembwe (phase 1 (South)) should have closed by now")
                .contains("Why: ", "Next: ");
        assertThat(driver.task(code, DrawdownAlert.TASK_RESOLVE_OVERRUNNING_PHASE)
                        .getName())
                .isEqualTo(code + ": Revise the end of the overrunning phase 2 (Centre)");
    }

    @Test
    void aTaskWithoutAListenerOfItsOwnIsNamedAndDescribedInItsOperationsLanguageToo() {
        transitions.imported(code, inLanguage(Transitions.CLOSING_OPERATION, "fr"));

        var mandateEnd = driver.task(code, Closure.TASK_RECORD_MANDATE_END);
        assertThat(mandateEnd.getName()).isEqualTo(code + NB + ": Consigner la fin du mandat");
        assertThat(mandateEnd.getDescription()).startsWith("Consignez le jour où le mandat prend fin");
        assertThat(mandateEnd.getDueDate()).isNotNull();
    }

    /** The document with the operation's working language, as the portfolio schema has it. */
    private static String inLanguage(String document, String language) {
        return document.replace(
                "\"hostCountry\": \"XAR\",", "\"hostCountry\": \"XAR\", \"workingLanguage\": \"" + language + "\",");
    }
}
