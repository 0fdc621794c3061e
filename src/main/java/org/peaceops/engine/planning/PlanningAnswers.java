package org.peaceops.engine.planning;

import static org.peaceops.engine.camunda.FormValues.amount;
import static org.peaceops.engine.camunda.FormValues.date;
import static org.peaceops.engine.camunda.FormValues.text;
import static org.peaceops.engine.planning.JointTransitionPlanning.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.peaceops.engine.access.CurrentUser;
import org.peaceops.engine.escalation.Escalations;
import org.peaceops.engine.planning.PlanningRecords.FinancingStrategy;
import org.peaceops.engine.planning.PlanningRecords.NationalPocPlan;
import org.peaceops.engine.planning.PlanningRecords.Party;
import org.peaceops.engine.planning.PlanningRecords.PlanDraft;
import org.peaceops.engine.planning.PlanningRecords.PlanningProduct;
import org.peaceops.engine.planning.PlanningRecords.Signature;
import org.peaceops.engine.risk.RiskRegister;
import org.springframework.stereotype.Service;

/**
 * What each planning task decided, as the task's recorder passes it on after the form check: written
 * to the project's tables in the completing transaction.
 */
@Service
public class PlanningAnswers {

    private final PlanningRecords records;
    private final Escalations escalations;
    private final RiskRegister risks;
    private final CurrentUser currentUser;

    public PlanningAnswers(
            PlanningRecords records, Escalations escalations, RiskRegister risks, CurrentUser currentUser) {
        this.records = records;
        this.escalations = escalations;
        this.risks = risks;
        this.currentUser = currentUser;
    }

    /** Task_DraftTransitionPlan. */
    public void planDrafted(DelegateTask task) {
        records.draftPlan(
                operation(task),
                new PlanDraft(
                        text(task, TRANSITION_PLAN_LINK),
                        text(task, TRANSITION_PLAN_SUMMARY),
                        date(task, PLANNED_COMPLETION_DATE),
                        currentUser.completing(task)));
    }

    /** Task_IdentifyRisks, once per risk. */
    public void riskIdentified(DelegateTask task) {
        risks.identified(
                operation(task),
                new RiskRegister.IdentifiedRisk(
                        text(task, RISK_CATEGORY),
                        text(task, RISK_DESCRIPTION),
                        text(task, RISK_LIKELIHOOD),
                        text(task, RISK_IMPACT),
                        text(task, RISK_OWNER),
                        text(task, RISK_MITIGATION)));
    }

    /** Task_MapUnctCapacity. */
    public void capacityMapped(DelegateTask task) {
        records.recordProduct(
                operation(task),
                new PlanningProduct(
                        "UNCT_CAPACITY_MAPPING",
                        text(task, UNCT_CAPACITY_MAPPING_LINK),
                        text(task, UNCT_ABSORBABLE_TASKS),
                        text(task, UNCT_CAPACITY_GAPS),
                        null,
                        currentUser.completing(task)));
    }

    /** Task_DraftFinancingStrategy. */
    public void financingStrategyDrafted(DelegateTask task) {
        records.recordFinancingStrategy(
                operation(task),
                new FinancingStrategy(
                        text(task, FINANCING_STRATEGY_LINK),
                        amount(task, UNCT_FUNDING_USD),
                        amount(task, MISSION_PROGRAMME_BUDGET_USD),
                        text(task, FINANCING_NOTES),
                        currentUser.completing(task)));
    }

    /** Task_EscalateFinancialCliff: the escalation closes with the mitigation and where it was raised. */
    public void financialCliffClosed(DelegateTask task) {
        escalations.close(
                operation(task),
                FinancialCliffDelegate.ESCALATION_KIND,
                null,
                currentUser.completing(task),
                text(task, CLIFF_MITIGATION),
                text(task, CLIFF_ESCALATION_CHANNEL));
    }

    /** Task_RecordNationalPocPlan. */
    public void nationalPocPlanRecorded(DelegateTask task) {
        records.recordNationalPocPlan(
                operation(task),
                new NationalPocPlan(
                        text(task, NATIONAL_POC_PLAN_STATUS),
                        date(task, NATIONAL_POC_PLAN_ADOPTED_ON),
                        text(task, NATIONAL_POC_PLAN_LINK),
                        currentUser.completing(task)));
    }

    /** Task_GenderReview. */
    public void genderReviewed(DelegateTask task) {
        records.recordProduct(
                operation(task),
                new PlanningProduct(
                        "GENDER_REVIEW",
                        text(task, GENDER_REVIEW_LINK),
                        text(task, GENDER_REVIEW_FINDINGS),
                        null,
                        text(task, GENDER_REVIEW_RATING),
                        currentUser.completing(task)));
    }

    /** Task_SignPlanHostGovernment and Task_SignPlanMissionLeadership: a signature, or a refusal with its reasons. */
    public void signatureDecided(DelegateTask task, Party party) {
        boolean signed = "SIGN".equals(task.getVariable(SIGNATURE_DECISION));
        records.sign(
                operation(task),
                party,
                new Signature(
                        signed,
                        text(task, SIGNATORY_NAME),
                        signed ? date(task, SIGNED_ON) : null,
                        signed ? null : text(task, REFUSAL_REASONS)));
    }

    private static String operation(DelegateTask task) {
        return task.getExecution().getProcessBusinessKey();
    }
}
