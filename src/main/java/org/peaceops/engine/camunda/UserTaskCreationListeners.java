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
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Attaches every {@link UserTaskCreationListener} to the create event of every user task, as models
 * are parsed. A post-parse listener, ordered last: it comes after the listeners of the model, which
 * name the task and set its due date, so that what it is told is what Tasklist will show.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class UserTaskCreationListeners extends AbstractCamundaConfiguration {

    // looked up when a task is created: the listeners need beans built after the engine's configuration
    private final ObjectProvider<UserTaskCreationListener> listeners;

    UserTaskCreationListeners(ObjectProvider<UserTaskCreationListener> listeners) {
        this.listeners = listeners;
    }

    /**
     * The listeners in their order, resolved at the first task created: singletons that never change
     * once the context is up, so the look-up by type and the sorting are not repeated for every task.
     */
    private volatile List<UserTaskCreationListener> ordered;

    private List<UserTaskCreationListener> ordered() {
        List<UserTaskCreationListener> resolved = ordered;
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
        TaskListener onCreate = task -> {
            for (UserTaskCreationListener listener : ordered()) {
                listener.notify(task);
            }
        };
        configuration.getCustomPostBPMNParseListeners().add(new AbstractBpmnParseListener() {
            @Override
            public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
                ((UserTaskActivityBehavior) activity.getActivityBehavior())
                        .getTaskDefinition()
                        .addTaskListener(TaskListener.EVENTNAME_CREATE, onCreate);
            }
        });
    }
}
