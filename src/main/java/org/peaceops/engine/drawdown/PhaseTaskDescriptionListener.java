package org.peaceops.engine.drawdown;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * A phase's task, created: named after its phase ("Gender analysis: phase 2 (Centre)"), which the diagram
 * cannot show.
 */
@Component
public class PhaseTaskDescriptionListener implements TaskListener {

    private final DrawdownPhases drawdownPhases;

    public PhaseTaskDescriptionListener(DrawdownPhases drawdownPhases) {
        this.drawdownPhases = drawdownPhases;
    }

    @Override
    public void notify(DelegateTask task) {
        drawdownPhases.describe(task);
    }
}
