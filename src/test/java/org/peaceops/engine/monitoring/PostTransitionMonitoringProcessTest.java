package org.peaceops.engine.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.peaceops.engine.Transitions.CALM;
import static org.peaceops.engine.lifecycle.TransitionLifecycle.*;

import java.time.Instant;
import java.util.Date;
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
import org.peaceops.engine.shared.Stage;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * post-transition-monitoring.bpmn, called by the lifecycle once the withdrawal is complete: a relapse
 * check every quarter and a relapse risk referred to the Council. The end of its 24 months is reached
 * in TransitionLifecycleProcessTest and ClosureProcessTest.
 */
@ProcessTest
class PostTransitionMonitoringProcessTest {

    @Autowired
    ProcessEngine engine;

    @Autowired
    ProcessDriver driver;

    @Autowired
    Transitions transitions;

    @Autowired
    Timers timers;

    @Autowired
    TransitionRegistry registry;

    @Autowired
    Escalations escalations;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PostTransitionRecords postTransition;

    /** A transition that completed its withdrawal on 2026-01-15: in its 24 months of monitoring. */
    static final String WITHDRAWN_OPERATION =
            """
            {"format": "transition-portfolio/1", "operations": [{"code": "%1$s", "name": "Withdrawn %1$s",
              "type": "PKO", "hostCountry": "XAR",
              "transition": {"trigger": "COUNCIL_DECISION", "startedOn": "2024-01-01", "completedOn": "2026-01-15"}}]}
            """;

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
    void aWithdrawnTransitionIsCheckedEveryQuarterAndARelapseRiskIsReferredToTheCouncil() {
        ProcessInstance lifecycle = transitions.imported(code, WITHDRAWN_OPERATION);
        assertThat(registry.find(code).orElseThrow().stage()).isEqualTo(Stage.POST_TRANSITION);
        assertThat(lifecycle).isWaitingAt(CALL_POST_TRANSITION_MONITORING, PostTransition.TASK_DISPOSE_ASSETS);
        assertThat(timers.checkTimer(code).getDuedate())
                .as("a quarter after the withdrawal")
                .isEqualTo(Date.from(Instant.parse("2026-04-15T00:00:00Z")));

        timers.nextQuarter(code);
        var check = driver.task(code, PostTransition.TASK_CHECK_RELAPSE);
        assertThat(check.getName()).isEqualTo(code + ": Check for signs of relapse: quarter 1 of 8");
        assertThat(driver.groupsOf(check)).containsExactly("rc-unct");
        driver.complete(code, PostTransition.TASK_CHECK_RELAPSE, CALM);
        assertThat(escalations.openCount(code)).isZero();
        assertThat(timers.checkTimer(code).getDuedate()).isEqualTo(Date.from(Instant.parse("2026-07-15T00:00:00Z")));

        timers.nextQuarter(code);
        driver.complete(
                code,
                PostTransition.TASK_CHECK_RELAPSE,
                Map.of(
                        PostTransition.PROTECTION_INCIDENTS, "SHARPLY_RISING",
                        PostTransition.POLITICAL_STABILITY, "STABLE",
                        PostTransition.FUNDING_PERCENT, 40));
        var escalate = driver.task(code, PostTransition.TASK_ESCALATE_RELAPSE_RISK);
        assertThat(driver.groupsOf(escalate))
                .as("one decision: the PBSO refers, headquarters are told by the escalation")
                .containsExactly("pbso");
        assertThat(escalations.open(code)).singleElement().satisfies(e -> assertThat(e.reason())
                .isEqualTo("Risk of relapse: protection incidents are rising sharply; the country team is"
                        + " funded at 40% of its transition needs, below 50%"));
        driver.complete(
                code,
                PostTransition.TASK_ESCALATE_RELAPSE_RISK,
                Map.of(PostTransition.REFERRAL, "COUNCIL", PostTransition.REFERRAL_NOTE, "A briefing on the east"));

        assertThat(escalations.openCount(code)).isZero();
        assertThat(jdbc.sql("select quarter, relapse_risk, referral from relapse_check where operation_code = ?"
                                + " order by id")
                        .param(code)
                        .query((rs, n) -> rs.getInt(1) + " " + rs.getBoolean(2) + " " + rs.getString(3))
                        .list())
                .containsExactly("1 false null", "2 true COUNCIL");
        assertThat(monitoring())
                .hasPassed(PostTransition.GATEWAY_RELAPSE_RISK)
                .isWaitingAt(PostTransition.EVENT_CHECK_DUE);
    }

    @Test
    void aSharpDeteriorationOfHumanRightsIsARiskOfRelapseRecordedWithTheCheckAndReported() {
        transitions.imported(code, WITHDRAWN_OPERATION);
        timers.nextQuarter(code);
        driver.complete(
                code,
                PostTransition.TASK_CHECK_RELAPSE,
                Map.of(
                        PostTransition.PROTECTION_INCIDENTS, "STABLE",
                        PostTransition.POLITICAL_STABILITY, "STABLE",
                        PostTransition.HUMAN_RIGHTS_VIOLATIONS, "SHARPLY_RISING",
                        PostTransition.CIVIC_SPACE, "CLOSED",
                        PostTransition.FUNDING_PERCENT, 80));

        assertThat(driver.task(code, PostTransition.TASK_ESCALATE_RELAPSE_RISK)).isNotNull();
        assertThat(escalations.open(code)).singleElement().satisfies(e -> assertThat(e.reason())
                .isEqualTo("Risk of relapse: human rights violations reported are rising sharply; civic space has"
                        + " closed"));
        var reported = postTransition
                .latestRelapseChecks(java.util.List.of(code), java.time.LocalDate.parse("2026-06-30"))
                .get(code);
        assertThat(reported.relapseRisk()).isTrue();
        assertThat(reported.humanRightsViolations()).isEqualTo("SHARPLY_RISING");
        assertThat(reported.civicSpace()).isEqualTo("CLOSED");

        driver.complete(code, PostTransition.TASK_ESCALATE_RELAPSE_RISK, Map.of(PostTransition.REFERRAL, "PBC"));
        timers.nextQuarter(code);
        // rising violations while civic space narrows: the human rights parallel of incidents amid tension
        driver.complete(
                code,
                PostTransition.TASK_CHECK_RELAPSE,
                Map.of(
                        PostTransition.HUMAN_RIGHTS_VIOLATIONS, "RISING",
                        PostTransition.CIVIC_SPACE, "NARROWED",
                        PostTransition.FUNDING_PERCENT, 80));
        assertThat(escalations.open(code)).singleElement().satisfies(e -> assertThat(e.reason())
                .isEqualTo("Risk of relapse: human rights violations are rising as civic space narrows"));
    }

    @Test
    void aCheckWithoutTheStateOfCivicSpaceIsRefusedOnItsFieldAndNothingIsRecorded() {
        transitions.imported(code, WITHDRAWN_OPERATION);
        timers.nextQuarter(code);

        driver.refused(
                code,
                PostTransition.TASK_CHECK_RELAPSE,
                Map.of(PostTransition.CIVIC_SPACE, ""),
                PostTransition.CIVIC_SPACE,
                "required");

        assertThat(jdbc.sql("select count(*) from relapse_check where operation_code = ?")
                        .param(code)
                        .query(Integer.class)
                        .single())
                .isZero();
        assertThat(escalations.openCount(code)).isZero();
    }

    /** The monitoring instance now running for the test operation. */
    private ProcessInstance monitoring() {
        return driver.called(PostTransition.PROCESS_ID, code);
    }
}
