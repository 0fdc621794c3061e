package org.peaceops.engine.drawdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.peaceops.engine.drawdown.AcceleratedWithdrawalProcessTest.THIRTEEN_SITES;
import static org.peaceops.engine.drawdown.AcceleratedWithdrawalProcessTest.consentWithdrawnOperation;
import static org.peaceops.engine.lifecycle.TransitionLifecycle.*;

import java.time.Instant;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peaceops.engine.ProcessDriver;
import org.peaceops.engine.ProcessTest;
import org.peaceops.engine.Transitions;
import org.peaceops.engine.risk.RiskRegister;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An accelerated withdrawal keeps its safeguards, compressed to the hard deadline rather than skipped
 * (the lessons of Darfur and Mali): a MINUSMA-like transition, imported after the host withdrew its
 * consent, with thirteen sites.
 */
@ProcessTest
class AcceleratedWithdrawalSafeguardsProcessTest {

    @Autowired
    ProcessEngine engine;

    @Autowired
    ProcessDriver driver;

    @Autowired
    Transitions transitions;

    @Autowired
    DrawdownReads drawdownReads;

    @Autowired
    RiskRegister riskRegister;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    HrddpScreenings hrddp;

    String code;

    @BeforeEach
    void newOperation() {
        code = transitions.newOperation();
    }

    @Test
    void eachOfThirteenSitesOfAnImportedWithdrawalGetsAProtectionCheckAnEnvironmentalRecordAScreeningAndAClosure() {
        ProcessInstance lifecycle = transitions.imported(code, consentWithdrawnOperation());

        assertThat(calledPhase())
                .hasPassed(DrawdownPhase.GATEWAY_WITHDRAWAL_ACCELERATED)
                .isWaitingAt(DrawdownPhase.TASK_RECORD_ACCELERATED_RISK);
        var risk = driver.task(code, DrawdownPhase.TASK_RECORD_ACCELERATED_RISK);
        assertThat(driver.groupsOf(risk)).containsExactly("mission-leadership");
        assertThat(risk.getDueDate())
                .as("the hard deadline")
                .isEqualTo(Date.from(Instant.parse("2026-12-31T00:00:00Z")));
        driver.complete(code, DrawdownPhase.TASK_RECORD_ACCELERATED_RISK);
        assertThat(driver.groupsOf(driver.task(code, DrawdownPhase.TASK_ACCEPT_ACCELERATED_RISK)))
                .containsExactly("hq-task-force");
        driver.complete(code, DrawdownPhase.TASK_ACCEPT_ACCELERATED_RISK);
        var gender = driver.task(code, DrawdownPhase.TASK_ANALYSE_ACCELERATED_GENDER);
        assertThat(driver.groupsOf(gender)).containsExactly("gender-adviser");
        assertThat(gender.getDueDate()).isEqualTo(Date.from(Instant.parse("2026-12-31T00:00:00Z")));
        assertThat(driver.tasks(code, DrawdownPhase.TASK_ASSESS_SITE_SECURITY))
                .as("the phase begins once its gender analysis is in, as on the readiness gate")
                .isEmpty();
        driver.complete(code, DrawdownPhase.TASK_ANALYSE_ACCELERATED_GENDER);

        assertThat(driver.tasks(code, DrawdownPhase.TASK_ASSESS_SITE_SECURITY))
                .extracting(t -> t.getName())
                .hasSize(13)
                .contains(code + ": Assess the security of closing site Kidal");
        // compressed, not skipped: every site still gets its protection check and its environmental record
        var pocChecks = driver.tasks(code, DrawdownPhase.TASK_CHECK_POC_THREATS);
        assertThat(pocChecks).hasSize(13).allSatisfy(task -> {
            assertThat(task.getDueDate()).isEqualTo(Date.from(Instant.parse("2026-12-31T00:00:00Z")));
            assertThat(driver.groupsOf(task)).containsExactly("poc-unit");
        });
        var environment = driver.tasks(code, DrawdownPhase.TASK_RECORD_SITE_ENVIRONMENT);
        assertThat(environment)
                .hasSize(13)
                .extracting(t -> t.getName())
                .contains(code + ": Record the environmental state of site Kidal");
        assertThat(environment.get(0).getDueDate()).isEqualTo(Date.from(Instant.parse("2026-12-31T00:00:00Z")));
        assertThat(driver.tasks(code, DrawdownPhase.TASK_CLEAR_ENVIRONMENT)).isEmpty();
        for (var task : pocChecks) {
            driver.complete(code, task, Map.of());
        }
        for (int i = 0; i < environment.size(); i++) {
            // the first six cleared, the others left with what was left and why
            driver.complete(
                    code,
                    environment.get(i),
                    Map.of(DrawdownPhase.ENVIRONMENTAL_OUTCOME, i < 6 ? "CLEARED" : "LEFT_UNCLEARED"));
        }
        for (var task : driver.tasks(code, DrawdownPhase.TASK_ASSESS_SITE_SECURITY)) {
            driver.complete(code, task, Map.of());
        }
        var screenings = driver.tasks(code, DrawdownPhase.TASK_SCREEN_SITE_RECEIVING_UNIT);
        assertThat(screenings).hasSize(13).allSatisfy(task -> {
            assertThat(task.getDueDate()).isEqualTo(Date.from(Instant.parse("2026-12-31T00:00:00Z")));
            assertThat(driver.groupsOf(task)).containsExactly("human-rights");
        });
        for (var task : screenings) {
            driver.complete(
                    code,
                    task,
                    Map.of(
                            DrawdownPhase.HRDDP_RECEIVING_UNIT,
                            "Gendarmerie, " + engine.getTaskService().getVariable(task.getId(), "siteName"),
                            DrawdownPhase.HRDDP_DECISION,
                            "SUPPORT_WITH_CONDITIONS",
                            DrawdownPhase.HRDDP_CONDITIONS,
                            "Monthly monitoring visits"));
        }
        var closures = driver.tasks(code, DrawdownPhase.TASK_RECORD_SITE_CLOSURE);
        assertThat(closures).hasSize(13);
        assertThat(closures.get(0).getDueDate()).isEqualTo(Date.from(Instant.parse("2026-12-31T00:00:00Z")));
        for (var task : closures) {
            driver.complete(code, task, Map.of(DrawdownPhase.SITE_OUTCOME, "CLOSED"));
        }
        driver.endPhase(code);

        assertThat(drawdownReads.phases(code).get(0).sites())
                .as("thirteen closure records")
                .hasSize(13)
                .allSatisfy(site -> {
                    assertThat(site.status()).isEqualTo("CLOSED");
                    assertThat(site.closedOn()).isNotNull();
                });
        assertThat(jdbc.sql(
                                """
                        select count(*) from site_handover h join site s on s.id = h.site_id
                        join phase p on p.id = s.phase_id
                        where p.operation_code = ? and h.security_risk_level is not null and h.closure_note is not null""")
                        .param(code)
                        .query(Integer.class)
                        .single())
                .as("each with its security assessment")
                .isEqualTo(13);
        assertThat(jdbc.sql(
                                """
                        select count(*) from site_handover h join site s on s.id = h.site_id
                        join phase p on p.id = s.phase_id
                        where p.operation_code = ? and h.poc_threat_level is not null
                          and h.poc_protection_commitments is not null and h.environmental_summary is not null""")
                        .param(code)
                        .query(Integer.class)
                        .single())
                .as("each with its protection check and its environmental record")
                .isEqualTo(13);
        assertThat(hrddp.ofOperation(code))
                .as("each with a human rights screening of the unit that received it")
                .hasSize(13)
                .allSatisfy(s -> {
                    assertThat(s.decision()).isEqualTo("SUPPORT_WITH_CONDITIONS");
                    assertThat(s.conditions()).isEqualTo("Monthly monitoring visits");
                    assertThat(s.receivingUnit()).isEqualTo("Gendarmerie, " + s.siteName());
                })
                .extracting(s -> s.siteName())
                .containsExactlyInAnyOrderElementsOf(THIRTEEN_SITES);
        assertThat(jdbc.sql(
                                """
                        select count(*) from phase_record r join phase p on p.id = r.phase_id
                        where p.operation_code = ? and r.kind = 'GENDER_ANALYSIS'""")
                        .param(code)
                        .query(Integer.class)
                        .single())
                .as("the accelerated phase's gender analysis")
                .isOne();
        assertThat(riskRegister.risks(code)).singleElement().satisfies(r -> assertThat(r.status())
                .isEqualTo("ACCEPTED"));
        assertThat(drawdownReads.phases(code).get(0).readiness())
                .as("no readiness gate")
                .isEmpty();
        assertThat(lifecycle).isWaitingAt(CALL_CLOSURE);
    }

    /** The drawdown-phase instance now running for the test operation. */
    private ProcessInstance calledPhase() {
        return driver.called(DrawdownPhase.PROCESS_ID, code);
    }
}
