package org.peaceops.engine.drawdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.peaceops.engine.Timers.inDays;
import static org.peaceops.engine.Transitions.PHASED_OPERATION;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peaceops.engine.ProcessDriver;
import org.peaceops.engine.ProcessTest;
import org.peaceops.engine.Timers;
import org.peaceops.engine.Transitions;
import org.peaceops.engine.lesson.Lessons;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every form of a phase of drawdown-phase.bpmn, from the readiness inputs through the paused phase's
 * decision, the mitigation, the site's checks and handover to the repatriation and the lesson,
 * refuses a bad value on its field, leaves its task open and stores nothing. (The readiness gate's
 * paths: DrawdownPhaseGatesProcessTest.)
 */
@ProcessTest
class DrawdownPhaseFormsRefuseBadValuesProcessTest {

    @Autowired
    ProcessDriver driver;

    @Autowired
    Transitions transitions;

    @Autowired
    Timers timers;

    @Autowired
    DrawdownReads drawdownReads;

    @Autowired
    Lessons lessons;

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
    void everyGateOfAPhaseRefusesABadValueOnItsFieldAndLeavesTheTaskOpenWithNothingStored() {
        transitions.imported(code, PHASED_OPERATION);
        var before = driver.storedValues(code);

        driver.refused(
                code,
                DrawdownPhase.TASK_ASSESS_SECURITY,
                Map.of(DrawdownPhase.SECURITY_RISK_LEVEL, "EXTREME"),
                DrawdownPhase.SECURITY_RISK_LEVEL,
                "must be one of");
        driver.refused(
                code,
                DrawdownPhase.TASK_ASSESS_SECURITY,
                Map.of(DrawdownPhase.SECURITY_ASSESSMENT_LINK, "the UNDSS drive"),
                DrawdownPhase.SECURITY_ASSESSMENT_LINK,
                "https://");
        driver.refused(
                code,
                DrawdownPhase.TASK_CONFIRM_CONDITIONS,
                Map.of(DrawdownPhase.UNCT_FUNDING_PERCENT, -5),
                DrawdownPhase.UNCT_FUNDING_PERCENT,
                "must be at least 0");
        driver.refused(
                code,
                DrawdownPhase.TASK_CONFIRM_CONDITIONS,
                Map.of(DrawdownPhase.HOST_CONSENT, "CONDITIONAL", DrawdownPhase.CONSENT_NOTE, ""),
                DrawdownPhase.CONSENT_NOTE,
                "is required");
        driver.refused(
                code,
                DrawdownPhase.TASK_ANALYSE_GENDER,
                Map.of(DrawdownPhase.WOMEN_CONSULTED, "many"),
                DrawdownPhase.WOMEN_CONSULTED,
                "must be a number");
        assertThat(driver.storedValues(code)).as("nothing stored").isEqualTo(before);

        driver.giveReadinessInputs(code, Map.of(DrawdownPhase.SECURITY_RISK_LEVEL, "VERY_HIGH"));
        driver.refused(
                code,
                DrawdownPhase.TASK_DECIDE_PAUSED_PHASE,
                Map.of(DrawdownPhase.REVIEW_AGAIN_ON, "2026-03-02"),
                DrawdownPhase.REVIEW_AGAIN_ON,
                "must be after today (2026-03-02)");
        driver.refused(
                code,
                DrawdownPhase.TASK_DECIDE_PAUSED_PHASE,
                Map.of(DrawdownPhase.REVIEW_AGAIN_ON, "2026-02-30"),
                DrawdownPhase.REVIEW_AGAIN_ON,
                "real calendar date");
        driver.refused(
                code,
                DrawdownPhase.TASK_DECIDE_PAUSED_PHASE,
                Map.of(DrawdownPhase.PAUSE_DECISION, "ASK_COUNCIL", DrawdownPhase.COUNCIL_REQUEST, ""),
                DrawdownPhase.COUNCIL_REQUEST,
                "is required");
        driver.complete(code, DrawdownPhase.TASK_DECIDE_PAUSED_PHASE, Map.of(DrawdownPhase.REVIEW_AGAIN_ON, inDays(3)));
        timers.reviewAgain(code);
        driver.giveReadinessInputs(code, Map.of(DrawdownPhase.NATIONAL_POC_PLAN_STATUS, "DRAFTING"));
        driver.refused(code, DrawdownPhase.TASK_RECORD_MITIGATION, Map.of(), null, null);
        driver.complete(code, DrawdownPhase.TASK_RECORD_MITIGATION);
        driver.refused(
                code,
                DrawdownPhase.TASK_ACCEPT_MITIGATION,
                Map.of(DrawdownPhase.MITIGATION_DECISION, "RETURN", DrawdownPhase.MITIGATION_COMMENT, ""),
                DrawdownPhase.MITIGATION_COMMENT,
                "is required");
        driver.complete(
                code, DrawdownPhase.TASK_ACCEPT_MITIGATION, Map.of(DrawdownPhase.MITIGATION_DECISION, "ACCEPT"));
        driver.refused(
                code,
                DrawdownPhase.TASK_CHECK_POC_THREATS,
                Map.of(DrawdownPhase.POC_THREAT_LEVEL, "SEVERE"),
                DrawdownPhase.POC_THREAT_LEVEL,
                "must be one of [LOW, MEDIUM, HIGH]");
        driver.refused(
                code,
                DrawdownPhase.TASK_CHECK_POC_THREATS,
                Map.of(DrawdownPhase.POC_PROTECTION_COMMITMENTS, ""),
                DrawdownPhase.POC_PROTECTION_COMMITMENTS,
                "is required");
        driver.complete(code, DrawdownPhase.TASK_CHECK_POC_THREATS);
        driver.refused(
                code,
                DrawdownPhase.TASK_CLEAR_ENVIRONMENT,
                Map.of(DrawdownPhase.ENVIRONMENTAL_CLEARANCE_LINK, "ftp://files/clearance.pdf"),
                DrawdownPhase.ENVIRONMENTAL_CLEARANCE_LINK,
                "must be a link starting with https://");
        driver.complete(code, DrawdownPhase.TASK_CLEAR_ENVIRONMENT);
        driver.refused(
                code,
                DrawdownPhase.TASK_PLAN_ASSET_DISPOSAL,
                Map.of(DrawdownPhase.ASSET_DISPOSAL_METHOD, "LOOTING"),
                DrawdownPhase.ASSET_DISPOSAL_METHOD,
                "must be one of");
        driver.complete(code, DrawdownPhase.TASK_PLAN_ASSET_DISPOSAL);
        driver.refused(
                code,
                DrawdownPhase.TASK_SCREEN_SITE_RECEIVING_UNIT,
                Map.of(DrawdownPhase.HRDDP_VIOLATION_RISK, "EXTREME"),
                DrawdownPhase.HRDDP_VIOLATION_RISK,
                "must be one of [LOW, MEDIUM, HIGH]");
        driver.complete(code, DrawdownPhase.TASK_SCREEN_SITE_RECEIVING_UNIT);
        var site = drawdownReads.phases(code).get(0).sites().get(0);
        driver.refused(
                code,
                DrawdownPhase.TASK_CERTIFY_HANDOVER,
                Map.of(DrawdownPhase.SITE_CLOSED_ON, "2026-03-20"),
                DrawdownPhase.SITE_CLOSED_ON,
                "may not be in the future");
        driver.refused(
                code,
                DrawdownPhase.TASK_CERTIFY_HANDOVER,
                Map.of(DrawdownPhase.CERTIFICATE_LINK, "signed, in the safe"),
                DrawdownPhase.CERTIFICATE_LINK,
                "https://");
        assertThat(drawdownReads.phases(code).get(0).sites().get(0))
                .as("the site stays open")
                .isEqualTo(site);
        driver.complete(code, DrawdownPhase.TASK_CERTIFY_HANDOVER);
        driver.refused(
                code,
                DrawdownPhase.TASK_REPATRIATE,
                Map.of(DrawdownPhase.TROOPS_REPATRIATED, -1),
                DrawdownPhase.TROOPS_REPATRIATED,
                "must be at least 0");
        driver.complete(code, DrawdownPhase.TASK_REPATRIATE);
        driver.refused(
                code,
                DrawdownPhase.TASK_RECORD_LESSON,
                Map.of(DrawdownPhase.LESSON_TITLE, " "),
                DrawdownPhase.LESSON_TITLE,
                "is required");
        assertThat(lessons.search(List.of(code), "")).isEmpty();
    }
}
