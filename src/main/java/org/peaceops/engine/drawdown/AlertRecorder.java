package org.peaceops.engine.drawdown;

import static org.peaceops.engine.drawdown.DrawdownAlert.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.peaceops.engine.access.CurrentUser;
import org.peaceops.engine.camunda.FormValues;
import org.peaceops.engine.escalation.Escalations;
import org.springframework.stereotype.Component;

/**
 * The answers to the drawdown alerts: a site gets a new planned closure, or its closure is recorded
 * after the fact with its certificate; a phase gets a revised end (its original plan is kept). Either
 * closes the escalation with the explanation.
 */
@Component
public class AlertRecorder {

    static final String CHANNEL = "TASKLIST";

    private final SiteRecords sites;
    private final PhaseRecords phases;
    private final Escalations escalations;
    private final CurrentUser currentUser;

    public AlertRecorder(SiteRecords sites, PhaseRecords phases, Escalations escalations, CurrentUser currentUser) {
        this.sites = sites;
        this.phases = phases;
        this.escalations = escalations;
        this.currentUser = currentUser;
    }

    /** Task_ResolveOverdueSite, completed. */
    public void siteAnswered(DelegateTask task) {
        long siteId = (Long) task.getVariable(OVERDUE_SITE_ID);
        String explanation = FormValues.text(task, SITE_EXPLANATION);
        String resolution;
        if (RESCHEDULE.equals(FormValues.text(task, SITE_RESOLUTION))) {
            var closure = FormValues.date(task, REVISED_CLOSURE);
            sites.plannedClosure(siteId, closure);
            resolution = RESCHEDULE + ": new planned closure " + closure + ": " + explanation;
        } else {
            var closedOn = FormValues.date(task, SITE_CLOSED_ON);
            String outcome = FormValues.text(task, SITE_OUTCOME);
            sites.closed(
                    siteId,
                    outcome,
                    closedOn,
                    FormValues.text(task, RECEIVING_AUTHORITY),
                    FormValues.text(task, CERTIFICATE_LINK));
            resolution = ALREADY_CLOSED + ": " + outcome + " on " + closedOn + ": " + explanation;
        }
        escalations.close(
                operation(task),
                SITE_OVERDUE,
                SITE_SUBJECT + siteId,
                currentUser.completing(task),
                resolution,
                CHANNEL);
    }

    /** Task_ResolveOverrunningPhase, completed. */
    public void phaseAnswered(DelegateTask task) {
        long phaseId = (Long) task.getVariable(OVERRUNNING_PHASE_ID);
        var revisedEnd = FormValues.date(task, REVISED_END);
        phases.reviseEnd(phaseId, revisedEnd);
        escalations.close(
                operation(task),
                PHASE_OVERRUN,
                PHASE_SUBJECT + phaseId,
                currentUser.completing(task),
                "Revised end " + revisedEnd + ": " + FormValues.text(task, OVERRUN_EXPLANATION),
                CHANNEL);
    }

    private static String operation(DelegateTask task) {
        return task.getExecution().getProcessBusinessKey();
    }
}
