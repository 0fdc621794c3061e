package org.peaceops.engine.camunda;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.spring.SpringProcessEngineConfiguration;
import org.camunda.bpm.spring.boot.starter.configuration.impl.AbstractCamundaConfiguration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** Attaches every {@link UserTaskDeletionListener} to the delete event of every user task, as models are parsed. */
@Component
class UserTaskDeletionListeners extends AbstractCamundaConfiguration {

    // looked up when a task is deleted: the listeners need the data source the engine is being built with
    private final ObjectProvider<UserTaskDeletionListener> listeners;

    UserTaskDeletionListeners(ObjectProvider<UserTaskDeletionListener> listeners) {
        this.listeners = listeners;
    }

    /**
     * The listeners in their order, resolved at the first task deleted: singletons that never change
     * once the context is up, so the look-up by type and the sorting are not repeated for every task.
     */
    private volatile List<UserTaskDeletionListener> ordered;

    private List<UserTaskDeletionListener> ordered() {
        List<UserTaskDeletionListener> resolved = ordered;
        if (resolved == null) {
            resolved = listeners.orderedStream().toList();
            ordered = resolved;
        }
        return resolved;
    }

    @Override
    public void preInit(SpringProcessEngineConfiguration configuration) {
        if (configuration.getCustomPostBPMNParseListeners() == null) {
            configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
        }
        TaskListener onDelete = task -> {
            for (UserTaskDeletionListener listener : ordered()) {
                listener.notify(task);
            }
        };
        configuration.getCustomPostBPMNParseListeners().add(new AbstractBpmnParseListener() {
            @Override
            public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
                ((UserTaskActivityBehavior) activity.getActivityBehavior())
                        .getTaskDefinition()
                        .addTaskListener(TaskListener.EVENTNAME_DELETE, onDelete);
            }
        });
    }
}
