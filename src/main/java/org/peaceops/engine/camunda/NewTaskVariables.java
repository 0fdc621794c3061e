package org.peaceops.engine.camunda;

import java.lang.reflect.Field;
import java.util.ArrayList;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.core.variable.scope.VariableCollectionProvider;
import org.camunda.bpm.engine.impl.core.variable.scope.VariableStore;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.persistence.entity.VariableInstanceEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.spring.SpringProcessEngineConfiguration;
import org.camunda.bpm.spring.boot.starter.configuration.impl.AbstractCamundaConfiguration;
import org.springframework.stereotype.Component;

/**
 * A task being created has no variables of its own in the database: its id is new. The engine does not
 * know that, and the first look at a variable of the task (its operation's working language, for its
 * name and its mail) reads the task's variables from the database, one query per new task, before it
 * goes on to the execution's. A built-in create listener, before every other, tells the task it has
 * none, as the engine itself does for a new execution; a variable a listener then sets on the task is
 * inserted as usual. The engine keeps the store in a protected field: this is the one place that
 * reaches it.
 */
@Component
class NewTaskVariables extends AbstractCamundaConfiguration {

    private static final Field VARIABLE_STORE = variableStoreField();

    @Override
    public void preInit(SpringProcessEngineConfiguration configuration) {
        if (configuration.getCustomPreBPMNParseListeners() == null) {
            configuration.setCustomPreBPMNParseListeners(new ArrayList<>());
        }
        TaskListener none = NewTaskVariables::noneYet;
        configuration.getCustomPreBPMNParseListeners().add(new AbstractBpmnParseListener() {
            @Override
            public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
                ((UserTaskActivityBehavior) activity.getActivityBehavior())
                        .getTaskDefinition()
                        .addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, none);
            }
        });
    }

    @SuppressWarnings("unchecked")
    static void noneYet(org.camunda.bpm.engine.delegate.DelegateTask task) {
        if (!(task instanceof TaskEntity entity)) {
            return;
        }
        try {
            var store = (VariableStore<VariableInstanceEntity>) VARIABLE_STORE.get(entity);
            if (!store.isInitialized()) {
                store.setVariablesProvider(VariableCollectionProvider.emptyVariables());
                store.forceInitialization();
            }
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Field variableStoreField() {
        try {
            Field field = TaskEntity.class.getDeclaredField("variableStore");
            field.setAccessible(true);
            return field;
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException("Camunda's TaskEntity keeps its variables in variableStore", e);
        }
    }
}
