package org.peaceops.engine.monitoring;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** A monitoring task, created: which quarter of the 24 months it is, counted from which withdrawal. */
@Component
public class PostTransitionTaskDescriptionListener implements TaskListener {

    private final PostTransitionMonitoring monitoring;

    public PostTransitionTaskDescriptionListener(PostTransitionMonitoring monitoring) {
        this.monitoring = monitoring;
    }

    @Override
    public void notify(DelegateTask task) {
        monitoring.describe(task);
    }
}
