package org.peaceops.engine.drawdown;

import static org.peaceops.engine.drawdown.DrawdownPhase.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.peaceops.engine.access.CurrentUser;
import org.peaceops.engine.camunda.FormValues;
import org.peaceops.engine.escalation.Escalations;
import org.springframework.stereotype.Component;

/**
 * Human rights due diligence (HRDDP) on a handover: the screening of the receiving unit, recorded; a
 * withheld handover escalated to mission leadership and HQ, who decide what happens instead.
 */
@Component
public class HandoverScreenings {

    /** The rule-of-law handover a task is about (local to its instance of the rule-of-law subprocess). */
    public static final String RULE_OF_LAW_HANDOVER_ID = "ruleOfLawHandoverId";

    private final HrddpScreenings screenings;
    private final Escalations escalations;
    private final CurrentUser currentUser;

    public HandoverScreenings(HrddpScreenings screenings, Escalations escalations, CurrentUser currentUser) {
        this.screenings = screenings;
        this.escalations = escalations;
        this.currentUser = currentUser;
    }

    /**
     * A screening task, completed: the screening recorded for the site or the rule-of-law function of
     * the task's instance; its id kept beside the decision, for the escalation if support is withheld.
     */
    public void screened(DelegateTask task) {
        Object rol = task.getVariable(RULE_OF_LAW_HANDOVER_ID);
        Long site = rol == null ? (Long) task.getVariable(SITE_ID) : null;
        String decision = FormValues.text(task, HRDDP_DECISION);
        long id = screenings.screened(new HrddpScreenings.NewScreening(
                task.getExecution().getProcessBusinessKey(),
                ((Number) task.getVariable(PHASE_ID)).longValue(),
                site,
                rol == null ? null : ((Number) rol).longValue(),
                FormValues.text(task, HRDDP_RECEIVING_UNIT),
                FormValues.text(task, HRDDP_VIOLATION_RISK),
                FormValues.text(task, HRDDP_RISK_SUMMARY),
                FormValues.text(task, HRDDP_MITIGATION),
                decision,
                SUPPORT_WITH_CONDITIONS.equals(decision) ? FormValues.text(task, HRDDP_CONDITIONS) : null,
                currentUser.completing(task)));
        // declared local to the site's (or the function's) subprocess instance: set there, not on the phase
        task.getExecution().setVariable(HRDDP_SCREENING_ID, id);
    }

    /** The withheld-handover task, created: mission leadership and HQ have an escalation to answer. */
    public void withheld(DelegateTask task) {
        var screening = screenings.get(screeningId(task));
        escalations.openFor(
                task,
                HANDOVER_WITHHELD_ESCALATION,
                subject(screening.id()),
                "Handover "
                        + (screening.siteName() == null
                                ? "of a rule-of-law function"
                                : "of site " + screening.siteName())
                        + " to " + screening.receivingUnit()
                        + " withheld after human rights screening (risk of grave violations "
                        + screening.violationRisk() + "): " + screening.riskSummary());
    }

    /** The withheld-handover task, completed: what happens instead, on the screening; the escalation closed. */
    public void withheldDecided(DelegateTask task) {
        long id = screeningId(task);
        String decision = FormValues.text(task, WITHHELD_DECISION);
        String note = FormValues.text(task, WITHHELD_NOTE);
        String user = currentUser.completing(task);
        screenings.withheldDecided(id, decision, note, user);
        escalations.close(
                task.getExecution().getProcessBusinessKey(),
                HANDOVER_WITHHELD_ESCALATION,
                subject(id),
                user,
                decision + ": " + note,
                "TASKLIST");
    }

    private static long screeningId(DelegateTask task) {
        return ((Number) task.getVariable(HRDDP_SCREENING_ID)).longValue();
    }

    private static String subject(long screeningId) {
        return "hrddp:" + screeningId;
    }
}
