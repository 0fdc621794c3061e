package org.peaceops.engine.drawdown;

import static org.peaceops.engine.drawdown.DrawdownPhase.*;

import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.peaceops.engine.registry.TransitionRegistry;
import org.springframework.stereotype.Component;

/**
 * Task_OpenPhase: the phase as the process will walk it: its name for the forms, its status (a phase
 * imported while under way skips the readiness gate it has already passed), and its open sites,
 * fixed now (sites added later are not picked up by the multi-instance); and whether the withdrawal
 * is accelerated, with its hard deadline.
 */
@Component
public class PhaseOpeningDelegate implements JavaDelegate {

    private final PhaseRecords records;
    private final SiteRecords sites;
    private final ConsentWithdrawals consent;
    private final TransitionRegistry transitions;

    public PhaseOpeningDelegate(
            PhaseRecords records, SiteRecords sites, ConsentWithdrawals consent, TransitionRegistry transitions) {
        this.records = records;
        this.sites = sites;
        this.consent = consent;
        this.transitions = transitions;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var phase = records.phase((Long) execution.getVariable(PHASE_ID));
        execution.setVariable(PHASE_NAME, phase.label());
        execution.setVariable(PHASE_STATUS, phase.status());
        execution.setVariable(PHASE_SITE_IDS, DrawdownPhases.join(sites.openSites(phase.id())));
        String operation = execution.getProcessBusinessKey();
        execution.setVariable(ACCELERATED, consent.accelerated(operation));
        execution.setVariable(
                ConsentWithdrawals.HARD_DEADLINE,
                Optional.ofNullable(transitions.dates(operation).withdrawalDeadline())
                        .map(Object::toString)
                        .orElse(null));
    }
}
