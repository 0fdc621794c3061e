package org.peaceops.engine.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.peaceops.engine.EngineTest;
import org.peaceops.engine.ProcessDriver;
import org.peaceops.engine.WebappSession;
import org.peaceops.engine.assessment.StrategicAssessment;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Tasklist submits forms through the webapps' own engine API: a value the form refuses is answered
 * there as on /engine-rest, a 400 naming the field with the task still open, and the server's log
 * keeps no warning of it.
 */
@EngineTest
class TasklistRefusalsTest {

    @LocalServerPort
    int port;

    @Autowired
    ProcessEngine engine;

    @Autowired
    ProcessDriver driver;

    @Autowired
    JdbcClient jdbc;

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({
        "termsOfReferenceLink, '\"not a link\"'",
        "termsOfReferenceLink, '\"\"'",
        "assessmentScope,      '\"\"'",
    })
    void aValueTheFormRefusesIsA400NamingItWithNothingStoredAndNoWarningLogged(String field, String value) {
        String code = HostileSetup.newCode("T");
        driver.startLifecycle(code);
        String taskId = driver.task(code, StrategicAssessment.TASK_DRAFT_TERMS_OF_REFERENCE)
                .getId();
        var tasklist = WebappSession.signIn(port, "hq-planner");
        String valid = "{\"termsOfReferenceLink\":{\"value\":\"https://docs.test/tor\"},"
                + "\"assessmentScope\":{\"value\":\"Scope\"}}";
        String body = "{\"variables\":"
                + valid.replaceFirst("(\"" + field + "\":\\{\"value\":)\"[^\"]*\"", "$1" + value) + "}";
        var before = EngineState.of(engine, jdbc);

        var served = LoggedWarnings.whileServing(
                () -> tasklist.postJson("/camunda/api/engine/engine/default/task/" + taskId + "/submit-form", body));

        assertThat(served.response().status()).as(served.response().body()).isEqualTo(400);
        assertThat(served.response().json().path("errors").findValuesAsText("path"))
                .contains(field);
        assertThat(EngineState.of(engine, jdbc)).isEqualTo(before);
        assertThat(served.warnings()).as("a refusal logs no warning or error").isEmpty();
    }
}
