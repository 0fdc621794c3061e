package org.peaceops.engine.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.peaceops.engine.EngineTest;
import org.peaceops.engine.RestClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A task, instance or definition that does not exist is the client's mistake on every engine REST route staff use. */
@EngineTest
class EngineRestNotFoundTest {

    @LocalServerPort
    int port;

    @Autowired
    ProcessEngine engine;

    @Autowired
    JdbcClient jdbc;

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
        "GET,  /task/no-such-task/deployed-form",
        "GET,  /task/no-such-task/rendered-form",
        "GET,  /task/no-such-task/variables",
        "GET,  /task/no-such-task/form-variables",
        "GET,  /task/no-such-task",
        "GET,  /process-definition/no-such-definition/deployed-start-form",
        "GET,  /process-definition/key/no-such-key/deployed-start-form",
        "GET,  /process-instance/no-such-instance/activity-instances",
        "POST, /process-definition/no-such-definition/submit-form",
        "POST, /process-definition/key/no-such-key/start",
        "POST, /task/no-such-task/claim",
        "POST, /task/no-such-task/unclaim",
        "POST, /task/no-such-task/complete",
    })
    void aRequestForSomethingThatDoesNotExistIsAClientErrorNotA500(String method, String path) {
        var before = EngineState.of(engine, jdbc);
        var rest = new RestClient(port);

        var served = LoggedWarnings.whileServing(() -> "GET".equals(method)
                ? rest.get("/engine-rest" + path, HostileSetup.HOST)
                : rest.postRaw("/engine-rest" + path, HostileSetup.HOST, "{}"));
        var response = served.response();

        assertThat(response.status()).as(response.body()).isBetween(400, 404);
        assertThat(response.body()).doesNotContain("NullPointerException");
        assertThat(EngineState.of(engine, jdbc)).isEqualTo(before);
        assertThat(served.warnings()).as("a refusal logs no warning or error").isEmpty();
    }
}
