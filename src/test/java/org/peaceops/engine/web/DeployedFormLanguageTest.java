package org.peaceops.engine.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.peaceops.engine.EngineTest;
import org.peaceops.engine.ProcessDriver;
import org.peaceops.engine.RestClient;
import org.peaceops.engine.WebappSession;
import org.peaceops.engine.assessment.StrategicAssessment;
import org.peaceops.engine.lifecycle.TransitionLifecycle;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A task's form comes back in its operation's working language, as Tasklist 7.24 fetches it (the
 * webapps' engine API, with the session cookie and no language header) and through /engine-rest; the
 * engine's own checks of who may read it stay; and the server's refusal of a French task's value names
 * the field by its French label and says in French what is expected.
 */
@EngineTest
class DeployedFormLanguageTest {

    private static final String NB = "\u00a0";

    @LocalServerPort
    int port;

    @Autowired
    ProcessDriver driver;

    String operation(String language) {
        String code = "L" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        driver.startLifecycle(code, Map.of(TransitionLifecycle.WORKING_LANGUAGE, language));
        return code;
    }

    String termsOfReference(String code) {
        return driver.task(code, StrategicAssessment.TASK_DRAFT_TERMS_OF_REFERENCE)
                .getId();
    }

    @Test
    void aFrenchOperationsFormComesBackInFrenchAsTasklistFetchesIt() {
        String task = termsOfReference(operation("fr"));

        var form = WebappSession.signIn(port, "hq-planner")
                .get("/camunda/api/engine/engine/default/task/" + task + "/deployed-form?noCache=1");

        assertThat(form.status()).isEqualTo(200);
        assertThat(form.header("Content-Language")).isEqualTo("fr");
        JsonNode link = component(form.json(), "Field_termsOfReferenceLink");
        assertThat(link.path("label").asText()).isEqualTo("Mandat de l’évaluation");
        assertThat(link.path("description").asText())
                .isEqualTo("Lien vers le document dans le système documentaire de la mission (https://...)");
        assertThat(link.path("key").asText())
                .as("what the form submits stays as it is")
                .isEqualTo("termsOfReferenceLink");
        assertThat(component(form.json(), "Text_13").path("text").asText())
                .startsWith("## Rédiger le mandat de l’évaluation\nOpération **{{operationCode}}**" + NB + ":");
    }

    @Test
    void theEngineRestApiAnswersTheSameAndAnEnglishOperationStaysInEnglish() {
        var rest = new RestClient(port);
        String french = termsOfReference(operation("fr"));
        String english = termsOfReference(operation("en"));

        var inFrench = rest.get("/engine-rest/task/" + french + "/deployed-form", "hq-planner");
        var inEnglish = rest.get("/engine-rest/task/" + english + "/deployed-form", "hq-planner");

        assertThat(component(inFrench.json(), "Field_assessmentScope")
                        .path("label")
                        .asText())
                .isEqualTo("Portée et questions");
        assertThat(inEnglish.header("Content-Language")).isEqualTo("en");
        assertThat(component(inEnglish.json(), "Field_assessmentScope")
                        .path("label")
                        .asText())
                .isEqualTo("Scope and questions");
    }

    @Test
    void someoneWhoMayNotReadTheTaskGetsNeitherItsFormNorItsLanguage() {
        String task = termsOfReference(operation("fr"));

        var form = new RestClient(port).get("/engine-rest/task/" + task + "/deployed-form", "trainex-host");

        assertThat(form.status()).isNotEqualTo(200);
        assertThat(form.body()).doesNotContain("Mandat de l’évaluation");
    }

    @Test
    void aRefusalOnAFrenchTaskNamesTheFieldByItsFrenchLabel() {
        String task = termsOfReference(operation("fr"));

        var refused = WebappSession.signIn(port, "hq-planner")
                .postJson(
                        "/camunda/api/engine/engine/default/task/" + task + "/submit-form",
                        """
                        {"variables": {"termsOfReferenceLink": {"value": "file:///c:/mandat.docx"},
                                       "assessmentScope": {"value": "Les options du retrait"}}}
                        """);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().path("message").asText())
                .contains("«" + NB + "Mandat de l’évaluation" + NB + "» doit être un lien commençant par https:// ou"
                        + " http://")
                .doesNotContain("termsOfReferenceLink", "^https?");
    }

    private static JsonNode component(JsonNode form, String id) {
        for (JsonNode component : form.path("components")) {
            if (id.equals(component.path("id").asText())) {
                return component;
            }
        }
        throw new AssertionError("no component " + id + " in " + form);
    }
}
