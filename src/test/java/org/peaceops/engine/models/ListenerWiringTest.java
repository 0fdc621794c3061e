package org.peaceops.engine.models;

import static org.assertj.core.api.Assertions.assertThat;

import java.beans.Introspector;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaExecutionListener;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;
import org.junit.jupiter.api.Test;
import org.peaceops.engine.EngineTest;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * A designer can follow every listener and service task of these models to its code: each is wired
 * by {@code camunda:delegateExpression="${beanName}"}, and the bean is the class of that name (Spring's
 * default bean name), of the kind the engine calls there. Method expressions ({@code
 * ${bean.method(task)}}) would hide which class does the work. Expressions that compute a value (due
 * dates, conditions, timers) are not listeners and stay expressions.
 */
@EngineTest
class ListenerWiringTest {

    /** The models wired this way; the others join as their wiring is brought to the same rule. */
    static final List<String> MODELS = List.of(
            "transition-lifecycle.bpmn",
            "strategic-assessment.bpmn",
            "joint-transition-planning.bpmn",
            "pbc-consultation.bpmn",
            "council-reporting.bpmn");

    private static final Pattern BEAN = Pattern.compile("^\\$\\{([a-z][A-Za-z0-9]*)}$");

    @Autowired
    ApplicationContext context;

    @Test
    void everyListenerAndServiceTaskIsABeanNamedAfterItsClass() {
        List<String> wrong = new ArrayList<>();
        for (String file : MODELS) {
            var model = Bpmn.readModelFromFile(Path.of("processes", file).toFile());
            for (var listener : model.getModelElementsByType(CamundaTaskListener.class)) {
                check(
                        file,
                        owner(listener),
                        "task listener on " + listener.getCamundaEvent(),
                        listener.getCamundaDelegateExpression(),
                        listener.getCamundaExpression(),
                        listener.getCamundaClass(),
                        TaskListener.class,
                        wrong);
            }
            for (var listener : model.getModelElementsByType(CamundaExecutionListener.class)) {
                check(
                        file,
                        owner(listener),
                        "execution listener on " + listener.getCamundaEvent(),
                        listener.getCamundaDelegateExpression(),
                        listener.getCamundaExpression(),
                        listener.getCamundaClass(),
                        ExecutionListener.class,
                        wrong);
            }
            for (var task : model.getModelElementsByType(ServiceTask.class)) {
                check(
                        file,
                        task.getId(),
                        "service task",
                        task.getCamundaDelegateExpression(),
                        task.getCamundaExpression(),
                        task.getCamundaClass(),
                        JavaDelegate.class,
                        wrong);
            }
        }
        assertThat(wrong).isEmpty();
    }

    private void check(
            String file,
            String element,
            String role,
            String delegateExpression,
            String expression,
            String className,
            Class<?> kind,
            List<String> wrong) {
        String where = file + " " + element + " (" + role + "): ";
        Matcher bean = BEAN.matcher(delegateExpression == null ? "" : delegateExpression);
        if (expression != null || className != null || !bean.matches()) {
            wrong.add(where + "not wired by ${beanName}: "
                    + (delegateExpression != null ? delegateExpression : expression != null ? expression : className));
            return;
        }
        String name = bean.group(1);
        if (!context.containsBean(name)) {
            wrong.add(where + "no bean " + name);
            return;
        }
        Class<?> type = AopUtils.getTargetClass(context.getBean(name));
        if (!Introspector.decapitalize(type.getSimpleName()).equals(name)) {
            wrong.add(where + "bean " + name + " is class " + type.getSimpleName());
        }
        if (!kind.isAssignableFrom(type)) {
            wrong.add(where + type.getSimpleName() + " is no " + kind.getSimpleName());
        }
    }

    private static String owner(org.camunda.bpm.model.xml.instance.ModelElementInstance listener) {
        var element = listener.getParentElement();
        while (element != null && !(element instanceof BaseElement base && base.getId() != null)) {
            element = element.getParentElement();
        }
        return element == null ? "?" : ((BaseElement) element).getId();
    }
}
