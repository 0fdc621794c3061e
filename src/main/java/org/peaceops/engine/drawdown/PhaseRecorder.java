package org.peaceops.engine.drawdown;

import static org.peaceops.engine.drawdown.DrawdownPhase.*;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.peaceops.engine.access.CurrentUser;
import org.peaceops.engine.camunda.FormValues;
import org.peaceops.engine.escalation.Escalations;
import org.peaceops.engine.planning.PlanningRecords;
import org.peaceops.engine.risk.RiskRegister;
import org.springframework.stereotype.Component;

/**
 * The phase's tasks, completed: what each actor decided goes to the drawdown's tables (and the risk
 * register, the national POC plan, the escalations) before the process moves on.
 */
@Component("phaseRecorder")
public class PhaseRecorder {

    static final String PAUSE_ESCALATION_GROUPS = "hq-task-force";

    private final PhaseRecords records;
    private final DrawdownPhases phases;
    private final PlanningRecords planning;
    private final RiskRegister risks;
    private final Escalations escalations;
    private final CurrentUser currentUser;
    private final ConsentWithdrawals consent;
    private final Clock clock;

    public PhaseRecorder(
            PhaseRecords records,
            DrawdownPhases phases,
            PlanningRecords planning,
            RiskRegister risks,
            Escalations escalations,
            CurrentUser currentUser,
            ConsentWithdrawals consent,
            Clock clock) {
        this.records = records;
        this.phases = phases;
        this.planning = planning;
        this.risks = risks;
        this.escalations = escalations;
        this.currentUser = currentUser;
        this.consent = consent;
        this.clock = clock;
    }

    /** Task_AssessPhaseSecurity: UNDSS's risk level, with the assessment it comes from. */
    public void securityAssessed(DelegateTask task) {
        records.record(
                phaseId(task),
                PhaseRecords.SECURITY_ASSESSMENT,
                FormValues.text(task, SECURITY_RISK_LEVEL),
                null,
                FormValues.text(task, SECURITY_ASSESSMENT_LINK),
                FormValues.text(task, SECURITY_SUMMARY),
                null,
                currentUser.completing(task));
    }

    /** Task_AnalysePhaseGender: the analysis, with the number of women consulted. */
    public void genderAnalysed(DelegateTask task) {
        Integer women = FormValues.integer(task, WOMEN_CONSULTED);
        records.record(
                phaseId(task),
                PhaseRecords.GENDER_ANALYSIS,
                null,
                women == null ? null : BigDecimal.valueOf(women),
                FormValues.text(task, GENDER_ANALYSIS_LINK),
                FormValues.text(task, GENDER_FINDINGS),
                FormValues.text(task, GENDER_RECOMMENDATIONS),
                currentUser.completing(task));
    }

    /**
     * Task_ConfirmPhaseConditions: host consent and the UNCT's funding for the phase; the national POC
     * plan's status is the operation's own and is kept current there.
     */
    public void conditionsConfirmed(DelegateTask task) {
        long phaseId = phaseId(task);
        String operation = operation(task);
        String user = currentUser.completing(task);
        records.record(
                phaseId,
                PhaseRecords.HOST_CONSENT,
                FormValues.text(task, HOST_CONSENT),
                null,
                null,
                FormValues.text(task, CONSENT_NOTE),
                null,
                user);
        records.record(
                phaseId,
                PhaseRecords.UNCT_FUNDING,
                null,
                FormValues.amount(task, UNCT_FUNDING_PERCENT),
                null,
                null,
                null,
                user);
        String pocPlan = FormValues.text(task, NATIONAL_POC_PLAN_STATUS);
        var known = planning.nationalPocPlan(operation);
        if (known.map(plan -> !plan.status().equals(pocPlan)).orElse(true)) {
            planning.recordNationalPocPlan(
                    operation,
                    new PlanningRecords.NationalPocPlan(
                            pocPlan,
                            known.map(PlanningRecords.NationalPocPlan::adoptedOn)
                                    .orElse(null),
                            known.map(PlanningRecords.NationalPocPlan::link).orElse(null),
                            user));
        }
    }

    /**
     * Task_RecordPhaseMitigation: the mitigation goes to the risk register as a risk being mitigated;
     * drafted again after HQ returned it, it revises the same risk.
     */
    public void mitigationRecorded(DelegateTask task) {
        String operation = operation(task);
        var risk = new RiskRegister.IdentifiedRisk(
                FormValues.text(task, RISK_CATEGORY),
                "Drawdown " + task.getVariable(PHASE_NAME) + " proceeds with mitigation: "
                        + task.getVariable(READINESS_REASONS),
                FormValues.text(task, RISK_LIKELIHOOD),
                FormValues.text(task, RISK_IMPACT),
                "Mission leadership",
                FormValues.text(task, MITIGATION_MEASURES));
        Long riskId = task.getVariable(MITIGATION_RISK_ID) instanceof Long id
                ? risks.revised(operation, id, risk).id()
                : risks.mitigating(operation, risk).id();
        task.getExecution().setVariable(MITIGATION_RISK_ID, riskId);
        // HQ's comment on the earlier draft is answered (and kept in phase_readiness_step)
        task.getExecution().removeVariable(MITIGATION_COMMENT);
        records.followedUp(
                readinessId(task),
                riskId,
                "MITIGATION_RECORDED",
                risk.mitigation(),
                null,
                currentUser.completing(task));
    }

    /** Task_AcceptPhaseMitigation: HQ accepts the mitigation, or returns it with what must change. */
    public void mitigationReviewed(DelegateTask task) {
        boolean accepted = !"RETURN".equals(FormValues.text(task, MITIGATION_DECISION));
        records.followedUp(
                readinessId(task),
                null,
                accepted ? "MITIGATION_ACCEPTED" : "MITIGATION_RETURNED",
                accepted ? null : FormValues.text(task, MITIGATION_COMMENT),
                null,
                currentUser.completing(task));
    }

    /** Task_DecidePausedPhase, created: the phase is on hold, and HQ has an escalation to answer. */
    public void paused(DelegateTask task) {
        records.onHold(phaseId(task));
        escalations.openFor(
                task,
                PAUSED_ESCALATION,
                subject(task),
                "Drawdown " + task.getVariable(PHASE_NAME) + " paused: " + task.getVariable(READINESS_REASONS));
    }

    /**
     * Task_DecidePausedPhase, completed: a wait, or a request to the Council, until the review date;
     * or, the host having withdrawn its consent, the withdrawal accelerated to a hard deadline.
     */
    public void pauseDecided(DelegateTask task) {
        String decision = FormValues.text(task, PAUSE_DECISION);
        String reasoning = FormValues.text(task, PAUSE_REASONING);
        if (ACCELERATE.equals(decision)) {
            LocalDate deadline = FormValues.date(task, ConsentWithdrawals.HARD_DEADLINE);
            String letter = FormValues.text(task, ConsentWithdrawals.CONSENT_LETTER_LINK);
            consent.record(operation(task), LocalDate.now(clock), deadline, letter);
            // for the phase's later tasks (the task's own copies of the fields go with it)
            var phase = task.getExecution().getProcessInstance();
            phase.setVariableLocal(ACCELERATED, true);
            phase.setVariableLocal(ConsentWithdrawals.HARD_DEADLINE, deadline.toString());
            String user = currentUser.completing(task);
            String note = reasoning + "\nHard deadline " + deadline + "; the host's letter: " + letter;
            records.followedUp(readinessId(task), null, decision, note, null, user);
            escalations.close(
                    operation(task), PAUSED_ESCALATION, subject(task), user, decision + ": " + note, "TASKLIST");
            return;
        }
        String note = "ASK_COUNCIL".equals(decision)
                ? reasoning + "\nAsked of the Council: " + FormValues.text(task, COUNCIL_REQUEST)
                : reasoning;
        String user = currentUser.completing(task);
        records.followedUp(readinessId(task), null, decision, note, FormValues.date(task, REVIEW_AGAIN_ON), user);
        escalations.close(operation(task), PAUSED_ESCALATION, subject(task), user, decision + ": " + note, "TASKLIST");
    }

    /** Task_RecordAcceleratedRisk: the risks of leaving on the hard deadline, into the risk register. */
    public void acceleratedRiskRecorded(DelegateTask task) {
        String risks = FormValues.text(task, ACCELERATED_RISKS);
        var risk = this.risks.identified(
                operation(task),
                new RiskRegister.IdentifiedRisk(
                        FormValues.text(task, RISK_CATEGORY),
                        "Accelerated withdrawal of " + task.getVariable(PHASE_NAME) + " by "
                                + task.getVariable(ConsentWithdrawals.HARD_DEADLINE) + ": " + risks,
                        FormValues.text(task, RISK_LIKELIHOOD),
                        FormValues.text(task, RISK_IMPACT),
                        "Mission leadership",
                        null));
        task.getExecution().setVariable(ACCELERATED_RISK_ID, risk.id());
        records.record(
                phaseId(task),
                PhaseRecords.ACCELERATED_RISK,
                FormValues.text(task, RISK_IMPACT),
                null,
                null,
                risks,
                "risk " + risk.id(),
                currentUser.completing(task));
    }

    /** Task_AcceptAcceleratedRisk: HQ accepts the risks, with what it does about them. */
    public void acceleratedRiskAccepted(DelegateTask task) {
        String note = FormValues.text(task, ACCEPTANCE_NOTE);
        risks.acceptWith(operation(task), (Long) task.getVariable(ACCELERATED_RISK_ID), note);
        records.record(
                phaseId(task),
                PhaseRecords.ACCELERATED_RISK_ACCEPTED,
                "ACCEPTED",
                null,
                null,
                note,
                null,
                currentUser.completing(task));
    }

    /** Task_RepatriateUniformedPersonnel: how many went home, and when the repatriation ended. */
    public void repatriated(DelegateTask task) {
        int troops = FormValues.integer(task, TROOPS_REPATRIATED);
        int police = FormValues.integer(task, POLICE_REPATRIATED);
        records.record(
                phaseId(task),
                PhaseRecords.REPATRIATION,
                null,
                BigDecimal.valueOf(troops + police),
                null,
                FormValues.text(task, REPATRIATION_NOTE),
                "military " + troops + ", police " + police + ", completed on "
                        + FormValues.date(task, REPATRIATION_COMPLETED_ON),
                currentUser.completing(task));
    }

    /** Task_RecordPhaseEnded: the phase is completed, on the day mission leadership gives. */
    public void ended(DelegateTask task) {
        records.ended(phaseId(task), FormValues.date(task, PHASE_ENDED_ON), FormValues.text(task, PHASE_SUMMARY));
    }

    /** Task_RecordDrawdownEnded (lifecycle): a drawdown without phases on record ended. */
    public void drawdownEnded(DelegateTask task) {
        phases.endedWithoutPhases(
                operation(task), FormValues.date(task, PHASE_ENDED_ON), FormValues.text(task, PHASE_SUMMARY));
    }

    private static long phaseId(DelegateTask task) {
        return (Long) task.getVariable(PHASE_ID);
    }

    private static long readinessId(DelegateTask task) {
        return (Long) task.getVariable(READINESS_ID);
    }

    private static String subject(DelegateTask task) {
        return "phase:" + phaseId(task);
    }

    private static String operation(DelegateTask task) {
        return task.getExecution().getProcessBusinessKey();
    }
}
