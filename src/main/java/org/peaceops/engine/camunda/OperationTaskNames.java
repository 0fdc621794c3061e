package org.peaceops.engine.camunda;

import java.util.ArrayList;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.spring.SpringProcessEngineConfiguration;
import org.camunda.bpm.spring.boot.starter.configuration.impl.AbstractCamundaConfiguration;
import org.springframework.stereotype.Component;

/**
 * Names and describes every task in its operation's working language, its operation first
 * ("MONUSCO: Record a lesson learned"), from the message bundles ({@link TaskTexts}), while the
 * diagrams keep their plain names. The parse listener adds this create listener after the task's own:
 * a task whose own listener named it with its arguments (a phase, a site) is left as it is.
 */
@Component
class OperationTaskNames extends AbstractCamundaConfiguration {

    private final TaskTexts texts;

    OperationTaskNames(TaskTexts texts) {
        this.texts = texts;
    }

    @Override
    public void preInit(SpringProcessEngineConfiguration configuration) {
        if (configuration.getCustomPreBPMNParseListeners() == null) {
            configuration.setCustomPreBPMNParseListeners(new ArrayList<>());
        }
        TaskListener describe = task -> {
            if (!texts.named(task)) {
                texts.describe(task);
            }
        };
        configuration.getCustomPreBPMNParseListeners().add(new AbstractBpmnParseListener() {
            @Override
            public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
                var behavior = (UserTaskActivityBehavior) activity.getActivityBehavior();
                behavior.getTaskDefinition().addTaskListener(TaskListener.EVENTNAME_CREATE, describe);
            }
        });
    }
}
