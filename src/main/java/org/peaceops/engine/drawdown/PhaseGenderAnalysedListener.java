package org.peaceops.engine.drawdown;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Task_AnalysePhaseGender, completed: the phase's gender analysis, with the number of women consulted. */
@Component
public class PhaseGenderAnalysedListener implements TaskListener {

    private final PhaseRecorder phaseRecorder;

    public PhaseGenderAnalysedListener(PhaseRecorder phaseRecorder) {
        this.phaseRecorder = phaseRecorder;
    }

    @Override
    public void notify(DelegateTask task) {
        phaseRecorder.genderAnalysed(task);
    }
}
