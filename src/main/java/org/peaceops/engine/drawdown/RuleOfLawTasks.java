package org.peaceops.engine.drawdown;

import static org.peaceops.engine.drawdown.DrawdownPhase.*;

import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.peaceops.engine.access.CurrentUser;
import org.peaceops.engine.camunda.FormValues;
import org.peaceops.engine.camunda.TaskTexts;
import org.peaceops.engine.ruleoflaw.RuleOfLawHandovers;
import org.peaceops.engine.shared.InputRejectedException;
import org.springframework.stereotype.Component;

/**
 * The rule-of-law functions a drawdown phase hands over (resolution 2594, OP 7): those due in the phase,
 * fixed when it begins; each function's tasks named after it; the handover, with the receiver's
 * confirmation, or the function withheld, in the rule-of-law register.
 */
@Component
public class RuleOfLawTasks {

    /** The areas whose national institutions are screened first (HRDDP): they receive security support. */
    static final List<String> SCREENED_AREAS = List.of("POLICE", "CORRECTIONS", "SECURITY_SECTOR_REFORM");

    private final RuleOfLawHandovers handovers;
    private final PhaseRecords phases;
    private final CurrentUser currentUser;
    private final TaskTexts texts;

    public RuleOfLawTasks(RuleOfLawHandovers handovers, PhaseRecords phases, CurrentUser currentUser, TaskTexts texts) {
        this.handovers = handovers;
        this.phases = phases;
        this.currentUser = currentUser;
        this.texts = texts;
    }

    /** Task_BeginPhase: the functions due in the phase (mapped to it or an earlier one, not yet handed over). */
    public void fixDue(DelegateExecution execution) {
        var phase = phases.phase((Long) execution.getVariable(PHASE_ID));
        execution.setVariable(
                PHASE_RULE_OF_LAW_IDS,
                DrawdownPhases.join(handovers.dueInPhase(execution.getProcessBusinessKey(), phase.seq())));
    }

    /** A national police, corrections or security institution is screened before it receives the function. */
    public boolean screeningRequired(long ruleOfLawHandoverId) {
        var handover = handovers.get(ruleOfLawHandoverId);
        return "NATIONAL_INSTITUTION".equals(handover.receiverKind()) && SCREENED_AREAS.contains(handover.area());
    }

    /** A function's task, created: its name, and the function for its form. */
    public void describe(DelegateTask task) {
        var handover = handovers.get(handoverId(task));
        texts.describe(task, handover.function());
        task.setVariableLocal(RULE_OF_LAW_FUNCTION, handover.function());
        task.setVariableLocal(RULE_OF_LAW_AREA, handover.area());
        task.setVariableLocal(RULE_OF_LAW_RECEIVER, handover.receiver());
        task.setVariableLocal(RULE_OF_LAW_RECEIVER_KIND, handover.receiverKind());
    }

    /** Task_HandOverRuleOfLawFunction: handed over on its day with the receiver's confirmation, or withheld. */
    public void handedOver(DelegateTask task) {
        String outcome = FormValues.text(task, RULE_OF_LAW_OUTCOME);
        boolean handedOver = RuleOfLawHandovers.HANDED_OVER.equals(outcome);
        if (handedOver && NOT_TO_THAT_UNIT.equals(task.getVariable(WITHHELD_DECISION))) {
            // mission leadership and HQ decided not to hand it to the unit the human rights officer
            // withheld support from; another receiver would be screened first
            throw InputRejectedException.invalid(
                    RULE_OF_LAW_OUTCOME, "must be Not handed over: support for that unit was withheld");
        }
        String user = currentUser.completing(task);
        String note = FormValues.text(task, RULE_OF_LAW_NOTE);
        if (handedOver) {
            LocalDate on = FormValues.date(task, RULE_OF_LAW_HANDED_OVER_ON);
            String confirmation = FormValues.text(task, RULE_OF_LAW_CONFIRMATION);
            handovers.handOver(
                    handoverId(task),
                    on,
                    "Confirmed by the receiver: " + confirmation + (note == null ? "" : "\n" + note),
                    user);
        } else {
            handovers.withhold(handoverId(task), note, user);
        }
    }

    private static long handoverId(DelegateTask task) {
        return ((Number) task.getVariable(HandoverScreenings.RULE_OF_LAW_HANDOVER_ID)).longValue();
    }
}
