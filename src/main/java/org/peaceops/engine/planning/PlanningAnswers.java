package org.peaceops.engine.planning;

import static org.peaceops.engine.camunda.FormValues.amount;
import static org.peaceops.engine.camunda.FormValues.date;
import static org.peaceops.engine.camunda.FormValues.text;
import static org.peaceops.engine.planning.JointTransitionPlanning.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.peaceops.engine.access.CurrentUser;
import org.peaceops.engine.escalation.Escalations;
import org.peaceops.engine.planning.PlanningRecords.FinancingStrategy;
import org.peaceops.engine.planning.PlanningRecords.NationalPocPlan;
import org.peaceops.engine.planning.PlanningRecords.Party;
import org.peaceops.engine.planning.PlanningRecords.PlanDraft;
import org.peaceops.engine.planning.PlanningRecords.PlanningProduct;
import org.peaceops.engine.planning.PlanningRecords.Signature;
import org.peaceops.engine.risk.RiskRegister;
import org.springframework.stereotype.Component;

/**
 * Complete listener of the planning tasks, after the form check: writes what the task decided to the
 * project's tables, in the completing transaction.
 */
@Component("planningRecorder")
public class PlanningRecorder implements TaskListener {

    private final PlanningRecords records;
    private final Escalations escalations;
    private final RiskRegister risks;
    private final CurrentUser currentUser;

    public PlanningRecorder(
            PlanningRecords records, Escalations escalations, RiskRegister risks, CurrentUser currentUser) {
        this.records = records;
        this.escalations = escalations;
        this.risks = risks;
        this.currentUser = currentUser;
    }

    @Override
    public void notify(DelegateTask task) {
        String operation = task.getExecution().getProcessBusinessKey();
        String user = currentUser.completing(task);
        switch (task.getTaskDefinitionKey()) {
            case TASK_DRAFT_TRANSITION_PLAN -> records.draftPlan(
                    operation,
                    new PlanDraft(
                            text(task, TRANSITION_PLAN_LINK),
                            text(task, TRANSITION_PLAN_SUMMARY),
                            date(task, PLANNED_COMPLETION_DATE),
                            user));
            case TASK_IDENTIFY_RISKS -> risks.identified(
                    operation,
                    new RiskRegister.IdentifiedRisk(
                            text(task, RISK_CATEGORY),
                            text(task, RISK_DESCRIPTION),
                            text(task, RISK_LIKELIHOOD),
                            text(task, RISK_IMPACT),
                            text(task, RISK_OWNER),
                            text(task, RISK_MITIGATION)));
            case TASK_MAP_UNCT_CAPACITY -> records.recordProduct(
                    operation,
                    new PlanningProduct(
                            "UNCT_CAPACITY_MAPPING",
                            text(task, UNCT_CAPACITY_MAPPING_LINK),
                            text(task, UNCT_ABSORBABLE_TASKS),
                            text(task, UNCT_CAPACITY_GAPS),
                            null,
                            user));
            case TASK_DRAFT_FINANCING_STRATEGY -> records.recordFinancingStrategy(
                    operation,
                    new FinancingStrategy(
                            text(task, FINANCING_STRATEGY_LINK),
                            amount(task, UNCT_FUNDING_USD),
                            amount(task, MISSION_PROGRAMME_BUDGET_USD),
                            text(task, FINANCING_NOTES),
                            user));
            case TASK_ESCALATE_FINANCIAL_CLIFF -> escalations.close(
                    operation,
                    FinancialCliffDelegate.ESCALATION_KIND,
                    null,
                    user,
                    text(task, CLIFF_MITIGATION),
                    text(task, CLIFF_ESCALATION_CHANNEL));
            case TASK_RECORD_NATIONAL_POC_PLAN -> records.recordNationalPocPlan(
                    operation,
                    new NationalPocPlan(
                            text(task, NATIONAL_POC_PLAN_STATUS),
                            date(task, NATIONAL_POC_PLAN_ADOPTED_ON),
                            text(task, NATIONAL_POC_PLAN_LINK),
                            user));
            case TASK_GENDER_REVIEW -> records.recordProduct(
                    operation,
                    new PlanningProduct(
                            "GENDER_REVIEW",
                            text(task, GENDER_REVIEW_LINK),
                            text(task, GENDER_REVIEW_FINDINGS),
                            null,
                            text(task, GENDER_REVIEW_RATING),
                            user));
            case TASK_HOST_SIGNATURE -> records.sign(operation, Party.HOST_GOVERNMENT, signature(task));
            case TASK_MISSION_SIGNATURE -> records.sign(operation, Party.MISSION_LEADERSHIP, signature(task));
            default -> throw new IllegalStateException("task " + task.getTaskDefinitionKey() + " records nothing");
        }
    }

    private static Signature signature(DelegateTask task) {
        boolean signed = "SIGN".equals(task.getVariable(SIGNATURE_DECISION));
        return new Signature(
                signed,
                text(task, SIGNATORY_NAME),
                signed ? date(task, SIGNED_ON) : null,
                signed ? null : text(task, REFUSAL_REASONS));
    }
}
