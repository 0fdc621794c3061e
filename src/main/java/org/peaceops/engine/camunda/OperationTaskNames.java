package org.peaceops.engine.camunda;

import java.util.ArrayList;
import org.camunda.bpm.engine.delegate.DelegateTask;
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
 * Prefixes every task name with its operation code (the business key), so that Tasklist tells at a
 * glance which operation a task belongs to, while the diagrams keep their plain names.
 */
@Component
class OperationTaskNames extends AbstractCamundaConfiguration {

    static final TaskListener PREFIX_WITH_OPERATION = task -> prefix(task);

    @Override
    public void preInit(SpringProcessEngineConfiguration configuration) {
        if (configuration.getCustomPreBPMNParseListeners() == null) {
            configuration.setCustomPreBPMNParseListeners(new ArrayList<>());
        }
        configuration.getCustomPreBPMNParseListeners().add(new AbstractBpmnParseListener() {
            @Override
            public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
                var behavior = (UserTaskActivityBehavior) activity.getActivityBehavior();
                behavior.getTaskDefinition().addTaskListener(TaskListener.EVENTNAME_CREATE, PREFIX_WITH_OPERATION);
            }
        });
    }

    private static void prefix(DelegateTask task) {
        String operation =
                task.getExecution() == null ? null : task.getExecution().getProcessBusinessKey();
        // a name that already says its operation ("Handover certificate: Kidal (MINUSMA)") stays as it is
        if (operation != null
                && task.getName() != null
                && !task.getName().startsWith(operation + ": ")
                && !task.getName().endsWith(" (" + operation + ")")) {
            task.setName(operation + ": " + task.getName());
        }
    }
}
