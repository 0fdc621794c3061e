package org.peaceops.engine.monitoring;

import static org.peaceops.engine.monitoring.PostTransition.*;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.peaceops.engine.access.CurrentUser;
import org.peaceops.engine.camunda.FormValues;
import org.peaceops.engine.escalation.Escalations;
import org.peaceops.engine.planning.FinancingProperties;
import org.springframework.stereotype.Component;

/**
 * The checks for relapse, recorded: a sharp rise in protection incidents, a political crisis,
 * rising incidents amid tension, or the country team's funding below the financial-cliff threshold
 * is a risk of relapse, which headquarters and the PBSO refer to the PBC or the Council.
 */
@Component
public class PostTransitionRecorder {

    static final String CHANNEL = "TASKLIST";

    private final PostTransitionRecords records;
    private final Escalations escalations;
    private final FinancingProperties financing;
    private final CurrentUser currentUser;

    public PostTransitionRecorder(
            PostTransitionRecords records,
            Escalations escalations,
            FinancingProperties financing,
            CurrentUser currentUser) {
        this.records = records;
        this.escalations = escalations;
        this.financing = financing;
        this.currentUser = currentUser;
    }

    /** Task_CheckRelapse, completed: the check, and whether it found a risk of relapse. */
    public void checked(DelegateTask task) {
        String incidents = FormValues.text(task, PROTECTION_INCIDENTS);
        String stability = FormValues.text(task, POLITICAL_STABILITY);
        String violations = FormValues.text(task, HUMAN_RIGHTS_VIOLATIONS);
        String civicSpace = FormValues.text(task, CIVIC_SPACE);
        BigDecimal funding = FormValues.amount(task, FUNDING_PERCENT);
        List<String> findings = findings(incidents, stability, funding);
        findings.addAll(humanRightsFindings(violations, civicSpace));
        long id = records.addRelapseCheck(
                task.getExecution().getProcessBusinessKey(),
                (Integer) task.getVariable(CHECK_QUARTER),
                new PostTransitionRecords.RelapseCheckInputs(
                        incidents,
                        stability,
                        violations,
                        civicSpace,
                        funding,
                        FormValues.text(task, RELAPSE_ASSESSMENT),
                        !findings.isEmpty(),
                        findings.isEmpty() ? null : String.join("; ", findings)),
                currentUser.completing(task));
        task.getExecution().setVariable(RELAPSE_RISK, !findings.isEmpty());
        task.getExecution().setVariable(RELAPSE_CHECK_ID, id);
        task.getExecution().setVariable(RELAPSE_FINDINGS, String.join("; ", findings));
    }

    List<String> findings(String incidents, String stability, BigDecimal fundingPercent) {
        List<String> findings = new ArrayList<>();
        if ("SHARPLY_RISING".equals(incidents)) {
            findings.add("protection incidents are rising sharply");
        }
        if ("CRISIS".equals(stability)) {
            findings.add("a political crisis");
        }
        if ("RISING".equals(incidents) && "TENSE".equals(stability)) {
            findings.add("protection incidents are rising amid political tension");
        }
        BigDecimal threshold = financing.cliffThreshold().movePointRight(2);
        if (fundingPercent.compareTo(threshold) < 0) {
            findings.add("the country team is funded at "
                    + fundingPercent.stripTrailingZeros().toPlainString() + "% of its transition needs, below "
                    + threshold.stripTrailingZeros().toPlainString() + "%");
        }
        return findings;
    }

    /**
     * The rule on human rights after the withdrawal (the relapse risk is decided here, in code, not in a
     * decision table): a sharp deterioration is a risk of relapse like the other signals, that is
     * violations reported rising sharply, civic space closed, or violations rising while civic space
     * narrows (the human rights parallel of rising incidents amid tension).
     */
    List<String> humanRightsFindings(String violations, String civicSpace) {
        List<String> findings = new ArrayList<>();
        if ("SHARPLY_RISING".equals(violations)) {
            findings.add("human rights violations reported are rising sharply");
        }
        if ("CLOSED".equals(civicSpace)) {
            findings.add("civic space has closed");
        }
        if ("RISING".equals(violations) && "NARROWED".equals(civicSpace)) {
            findings.add("human rights violations are rising as civic space narrows");
        }
        return findings;
    }

    /** Task_EscalateRelapseRisk, created: the escalation, open until HQ and the PBSO refer it. */
    public void relapseRisk(DelegateTask task) {
        escalations.openFor(
                task, RELAPSE_ESCALATION, subject(task), "Risk of relapse: " + task.getVariable(RELAPSE_FINDINGS));
    }

    /** Task_EscalateRelapseRisk, completed: referred to the PBC or to the Council. */
    public void referred(DelegateTask task) {
        String referral = FormValues.text(task, REFERRAL);
        String note = FormValues.text(task, REFERRAL_NOTE);
        String user = currentUser.completing(task);
        records.referred((Long) task.getVariable(RELAPSE_CHECK_ID), referral, note, user);
        escalations.close(
                task.getExecution().getProcessBusinessKey(),
                RELAPSE_ESCALATION,
                subject(task),
                user,
                "Referred to " + referral + ": " + note,
                CHANNEL);
    }

    private static String subject(DelegateTask task) {
        return "check:" + task.getVariable(RELAPSE_CHECK_ID);
    }
}
