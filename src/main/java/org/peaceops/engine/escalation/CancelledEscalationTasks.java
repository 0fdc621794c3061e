package org.peaceops.engine.escalation;

import java.util.ArrayList;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.spring.SpringProcessEngineConfiguration;
import org.camunda.bpm.spring.boot.starter.configuration.impl.AbstractCamundaConfiguration;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * Every user task, when its process deletes it without completing it, closes the escalation that came
 * with it, if any: an escalation is open until someone answers its task, or until no one can.
 */
@Component
class CancelledEscalationTasks extends AbstractCamundaConfiguration {

    private final Escalations escalations;

    // lazily: the escalations need the data source, which the engine configuration is building
    CancelledEscalationTasks(@Lazy Escalations escalations) {
        this.escalations = escalations;
    }

    @Override
    public void preInit(SpringProcessEngineConfiguration configuration) {
        if (configuration.getCustomPostBPMNParseListeners() == null) {
            configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
        }
        TaskListener onDelete = escalations::taskCancelled;
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
