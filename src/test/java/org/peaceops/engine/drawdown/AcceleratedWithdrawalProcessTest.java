package org.peaceops.engine.drawdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.peaceops.engine.Timers.inDays;
import static org.peaceops.engine.Transitions.DRAWDOWN_OPERATION;
import static org.peaceops.engine.Transitions.PHASED_OPERATION;
import static org.peaceops.engine.lifecycle.TransitionLifecycle.*;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
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
import org.peaceops.engine.escalation.Escalations;
import org.peaceops.engine.registry.TransitionRegistry;
import org.peaceops.engine.risk.RiskRegister;
import org.peaceops.engine.shared.InputRejectedException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The accelerated withdrawal of drawdown-phase.bpmn, when the host government withdraws its consent:
 * a transition imported so, the withdrawal by message (the lifecycle's host consent event
 * subprocess), and HQ's decision to accelerate a paused phase.
 */
@ProcessTest
class AcceleratedWithdrawalProcessTest {

    @Autowired
    ProcessEngine engine;

    @Autowired
    ProcessDriver driver;

    @Autowired
    Transitions transitions;

    @Autowired
    Timers timers;

    @Autowired
    Escalations escalations;

    @Autowired
    DrawdownReads drawdownReads;

    @Autowired
    RiskRegister riskRegister;

    @Autowired
    TransitionRegistry registry;

    @Autowired
    JdbcClient jdbc;

    static final List<String> THIRTEEN_SITES = List.of(
            "Kidal",
            "Tessalit",
            "Aguelhok",
            "Ber",
            "Goundam",
            "Léré",
            "Ogossagou",
            "Ménaka",
            "Ansongo",
            "Douentza",
            "Tombouctou",
            "Gao",
            "Mopti");

    /** A transition forced by the host's withdrawal of consent: one phase, thirteen sites, a hard deadline. */
    static String consentWithdrawnOperation() {
        String sites = String.join(
                ", ",
                THIRTEEN_SITES.stream()
                        .map(site -> "{\"name\": \"" + site + "\", \"type\": \"CAMP\"}")
                        .toList());
        return """
            {"format": "transition-portfolio/1", "operations": [{"code": "%1$s", "name": "Withdrawn by the host %1$s",
              "type": "PKO", "hostCountry": "XAR",
              "transition": {"trigger": "HOST_CONSENT_WITHDRAWN", "startedOn": "2026-01-01", "stage": "DRAWDOWN",
                             "withdrawalDeadline": "2026-12-31"},
              "phases": [{"seq": 1, "name": "Withdrawal", "plannedStart": "2026-01-01", "plannedEnd": "2027-06-30",
                          "sites": [SITES]}]}]}
            """
                .replace("SITES", sites);
    }

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
    void theHostsWithdrawalByMessageSetsAHardDeadlineAndAcceleratesThePhasesStillToCome() {
        ProcessInstance lifecycle = transitions.imported(code, DRAWDOWN_OPERATION);
        Map<String, Object> withdrawal = new java.util.HashMap<>(Map.of("consentWithdrawnOn", "2026-03-05"));

        assertThatThrownBy(() -> consentMessage(withdrawal))
                .satisfies(e -> assertThat(InputRejectedException.findIn(e).errors())
                        .extracting(error -> error.path())
                        .containsExactly("hardDeadline", "consentWithdrawnOn", "consentLetterLink"));
        assertThat(jdbc.sql("select count(*) from transition where operation_code = ? and consent_withdrawn_on is null")
                        .param(code)
                        .query(Integer.class)
                        .single())
                .as("nothing recorded")
                .isOne();

        withdrawal.putAll(Map.of(
                "consentWithdrawnOn", "2026-03-01",
                "hardDeadline", "2026-06-30",
                "consentLetterLink", "https://letters.example/host-2026-03-01"));
        consentMessage(withdrawal);

        assertThat(lifecycle).hasPassed(END_WITHDRAWAL_ACCELERATED);
        assertThat(registry.dates(code)).as("as the operations API shows them").satisfies(dates -> {
            assertThat(dates.consentWithdrawnOn()).hasToString("2026-03-01");
            assertThat(dates.withdrawalDeadline()).hasToString("2026-06-30");
            assertThat(dates.consentLetterLink()).isEqualTo("https://letters.example/host-2026-03-01");
        });
        // the phase under way goes on as it began; the next one is accelerated
        driver.endPhase(code);
        assertThat(calledPhase()).isWaitingAt(DrawdownPhase.TASK_RECORD_ACCELERATED_RISK);
        assertThat(driver.task(code, DrawdownPhase.TASK_ASSESS_SECURITY)).isNull();
    }

    @Test
    void aPhaseReviewedAgainAfterTheHostWithdrewConsentIsPrefilledWithTheWithdrawalOnRecord() {
        transitions.imported(code, PHASED_OPERATION);
        driver.giveReadinessInputs(code, Map.of(DrawdownPhase.SECURITY_RISK_LEVEL, "VERY_HIGH"));
        driver.complete(
                code,
                DrawdownPhase.TASK_DECIDE_PAUSED_PHASE,
                Map.of(DrawdownPhase.PAUSE_DECISION, "WAIT_AND_REVIEW", DrawdownPhase.REVIEW_AGAIN_ON, inDays(5)));
        consentMessage(Map.of(
                "consentWithdrawnOn", "2026-03-01",
                "hardDeadline", "2026-08-31",
                "consentLetterLink", "https://letters.example/host"));
        timers.reviewAgain(code);

        var conditions = driver.task(code, DrawdownPhase.TASK_CONFIRM_CONDITIONS);
        assertThat(engine.getTaskService().getVariable(conditions.getId(), DrawdownPhase.HOST_CONSENT))
                .isEqualTo("WITHDRAWN");
        driver.giveReadinessInputs(
                code, Map.of(DrawdownPhase.HOST_CONSENT, "WITHDRAWN", DrawdownPhase.CONSENT_NOTE, "The letter"));
        var paused = driver.task(code, DrawdownPhase.TASK_DECIDE_PAUSED_PHASE);
        assertThat(engine.getTaskService().getVariables(paused.getId()))
                .containsEntry("hardDeadline", "2026-08-31")
                .containsEntry("consentLetterLink", "https://letters.example/host");
    }

    @Test
    void hqMayAccelerateAPhasePausedByTheHostsWithdrawalOfConsent() {
        transitions.imported(code, PHASED_OPERATION);
        driver.giveReadinessInputs(
                code, Map.of(DrawdownPhase.HOST_CONSENT, "WITHDRAWN", DrawdownPhase.CONSENT_NOTE, "Letter of 1 March"));
        driver.refused(
                code,
                DrawdownPhase.TASK_DECIDE_PAUSED_PHASE,
                Map.of(DrawdownPhase.PAUSE_DECISION, "ACCELERATE", "hardDeadline", "2026-03-02"),
                "hardDeadline",
                "must be after today");

        driver.complete(
                code,
                DrawdownPhase.TASK_DECIDE_PAUSED_PHASE,
                Map.of(DrawdownPhase.PAUSE_DECISION, "ACCELERATE", "hardDeadline", "2026-09-30"));

        assertThat(escalations.openCount(code)).isZero();
        assertThat(calledPhase())
                .hasPassed(DrawdownPhase.TASK_DECIDE_PAUSED_PHASE)
                .isWaitingAt(DrawdownPhase.TASK_RECORD_ACCELERATED_RISK);
        driver.complete(code, DrawdownPhase.TASK_RECORD_ACCELERATED_RISK);
        driver.complete(code, DrawdownPhase.TASK_ACCEPT_ACCELERATED_RISK);
        assertThat(driver.task(code, DrawdownPhase.TASK_ANALYSE_ACCELERATED_GENDER)
                        .getDueDate())
                .isEqualTo(Date.from(Instant.parse("2026-09-30T00:00:00Z")));
        driver.complete(code, DrawdownPhase.TASK_ANALYSE_ACCELERATED_GENDER);
        assertThat(driver.task(code, DrawdownPhase.TASK_ASSESS_SITE_SECURITY).getDueDate())
                .isEqualTo(Date.from(Instant.parse("2026-09-30T00:00:00Z")));
        driver.complete(code, DrawdownPhase.TASK_CHECK_POC_THREATS);
        driver.complete(code, DrawdownPhase.TASK_RECORD_SITE_ENVIRONMENT);
        driver.complete(code, DrawdownPhase.TASK_ASSESS_SITE_SECURITY);
        driver.complete(code, DrawdownPhase.TASK_SCREEN_SITE_RECEIVING_UNIT);
        driver.refused(
                code,
                DrawdownPhase.TASK_RECORD_SITE_CLOSURE,
                Map.of(DrawdownPhase.SITE_CLOSED_ON, "2026-03-09"),
                DrawdownPhase.SITE_CLOSED_ON,
                "may not be in the future");
        driver.complete(
                code, DrawdownPhase.TASK_RECORD_SITE_CLOSURE, Map.of(DrawdownPhase.SITE_OUTCOME, "HANDED_OVER"));
        assertThat(drawdownReads.phases(code).get(0).sites().get(0).status()).isEqualTo("HANDED_OVER");
        assertThat(jdbc.sql("select consent_withdrawn_on from transition where operation_code = ?")
                        .param(code)
                        .query(String.class)
                        .single())
                .isEqualTo("2026-03-02");
    }

    private void consentMessage(Map<String, Object> variables) {
        engine.getRuntimeService()
                .createMessageCorrelation(MESSAGE_HOST_CONSENT_WITHDRAWN)
                .processInstanceBusinessKey(code)
                .setVariables(variables)
                .correlate();
        driver.runJobs(code);
    }

    /** The drawdown-phase instance now running for the test operation. */
    private ProcessInstance calledPhase() {
        return driver.called(DrawdownPhase.PROCESS_ID, code);
    }
}
