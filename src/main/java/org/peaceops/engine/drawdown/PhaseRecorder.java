package org.peaceops.engine.drawdown;

import static org.peaceops.engine.transition.TransitionLifecycle.*;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.peaceops.engine.forms.FormValues;
import org.springframework.stereotype.Component;

/**
 * Task_RecordPhaseEnded and Task_RecordDrawdownEnded, completed: the phase (or the drawdown as a
 * whole, when no phases were on record) is completed, on the day mission leadership gives.
 */
@Component("phaseRecorder")
public class PhaseRecorder implements TaskListener {

    private final DrawdownPhases phases;

    public PhaseRecorder(DrawdownPhases phases) {
        this.phases = phases;
    }

    @Override
    public void notify(DelegateTask task) {
        LocalDate endedOn = FormValues.date(task, PHASE_ENDED_ON);
        String summary = FormValues.text(task, PHASE_SUMMARY);
        if (task.getVariable(PHASE_ID) instanceof Long phaseId) {
            phases.ended(phaseId, endedOn, summary);
        } else {
            phases.endedWithoutPhases(task.getExecution().getProcessBusinessKey(), endedOn, summary);
        }
    }
}
