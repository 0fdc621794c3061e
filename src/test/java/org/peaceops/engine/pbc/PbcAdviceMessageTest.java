package org.peaceops.engine.pbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peaceops.engine.EngineTest;
import org.peaceops.engine.FormFiller;
import org.peaceops.engine.ProcessDriver;
import org.peaceops.engine.RestClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The Commission's advice delivered by another system through the engine's REST API: PBSO may
 * send Message_PbcAdviceReceived, held to the form's rules; an operation's own staff may not.
 */
@EngineTest
class PbcAdviceMessageTest {

    @LocalServerPort
    int port;

    @Autowired
    ProcessEngine engine;

    @Autowired
    FormFiller forms;

    @Autowired
    PbcAdviceRecords records;

    @Autowired
    ProcessDriver driver;

    String code;

    /** An operation of its own, waiting for the Commission's written advice on its plan. */
    @BeforeEach
    void anOperationAwaitingTheAdvice() {
        code = "PBC-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        var document =
                """
                {"format": "transition-portfolio/1", "operations": [{"code": "%s", "name": "PBC test", "type": "SPM",
                  "hostCountry": "XAR", "transition": {"trigger": "PLANNED", "startedOn": "2025-01-01", "stage": "CLOSURE"}}]}"""
                        .formatted(code);
        assertThat(rest().postRaw("/api/portfolio", "hq-planner", document).status())
                .isEqualTo(201);
        engine.getRuntimeService()
                .createProcessInstanceByKey(PbcConsultation.PROCESS_ID)
                .businessKey(code)
                .processDefinitionWithoutTenantId()
                .setVariables(Map.of(
                        PbcConsultation.ADVICE_INFORMS,
                        PbcConsultation.INFORMS_PLAN,
                        PbcConsultation.ADVICE_DUE_DATE,
                        Date.from(Instant.now().plus(40, ChronoUnit.DAYS)),
                        "operationCode",
                        code,
                        "operationName",
                        "PBC test"))
                .execute();
        for (String task : new String[] {PbcConsultation.TASK_PREPARE_REQUEST, PbcConsultation.TASK_SCHEDULE_MEETING}) {
            var open = engine.getTaskService()
                    .createTaskQuery()
                    .processInstanceBusinessKey(code)
                    .taskDefinitionKey(task)
                    .initializeFormKeys()
                    .singleResult();
            engine.getFormService()
                    .submitTaskForm(
                            open.getId(), forms.fill(open.getCamundaFormRef().getKey(), Map.of()));
        }
    }

    @Test
    void pbsoDeliversTheAdviceAsAMessageAndItIsFiled() {
        var response = rest().postRaw("/engine-rest/message", "pbso-officer", message(true));

        assertThat(response.status()).isEqualTo(204);
        driver.runJobs(code); // the advice is filed by an asynchronous step
        assertThat(records.advice(code)).singleElement().satisfies(advice -> {
            assertThat(advice.adviceLink()).isEqualTo("https://docs.test/pbc/" + code);
            assertThat(advice.channel()).isEqualTo("MESSAGE");
            assertThat(advice.recordedBy()).isEqualTo("pbso-officer");
        });
    }

    @Test
    void aMessageWithoutTheLinkIsRefusedNamingItAndTheTaskStaysOpen() {
        var response = rest().postRaw("/engine-rest/message", "pbso-officer", message(false));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().path("errors").get(0).path("path").asText()).isEqualTo(PbcConsultation.ADVICE_LINK);
        assertThat(engine.getTaskService()
                        .createTaskQuery()
                        .processInstanceBusinessKey(code)
                        .taskDefinitionKey(PbcConsultation.TASK_RECORD_ADVICE)
                        .count())
                .isOne();
    }

    @Test
    void anotherOperationsStaffCannotDeliverIt() {
        var response = rest().postRaw("/engine-rest/message", "monusco-host", message(true));

        assertThat(response.status()).isBetween(400, 404);
        assertThat(engine.getTaskService()
                        .createTaskQuery()
                        .processInstanceBusinessKey(code)
                        .taskDefinitionKey(PbcConsultation.TASK_RECORD_ADVICE)
                        .count())
                .isOne();
    }

    private String message(boolean withLink) {
        return """
                {"messageName": "Message_PbcAdviceReceived", "businessKey": "%s", "processVariables": {
                  "adviceReceivedOn": {"value": "2025-12-01"},
                  "adviceSummary": {"value": "Keep the exit sequenced with the national plan"}%s}}"""
                .formatted(
                        code, withLink ? ", \"adviceLink\": {\"value\": \"https://docs.test/pbc/" + code + "\"}" : "");
    }

    private RestClient rest() {
        return new RestClient(port);
    }
}
