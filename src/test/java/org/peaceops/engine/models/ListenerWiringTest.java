package org.peaceops.engine.models;

import static org.assertj.core.api.Assertions.assertThat;

import java.beans.Introspector;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaExecutionListener;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.peaceops.engine.EngineTest;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * A designer can follow every listener and service task of every model to its code: each is wired
 * by {@code camunda:delegateExpression="${beanName}"}, and the bean is the class of that name (Spring's
 * default bean name), of the kind the engine calls there. Method expressions ({@code
 * ${bean.method(task)}}) would hide which class does the work. Expressions that compute a value (due
 * dates, conditions, timers) are not listeners and stay expressions. That each bean has its element
 * template is {@link TemplatesCoverModelsTest}'s.
 */
@EngineTest
class ListenerWiringTest {

    static final Path PROCESSES = Path.of("processes");

    /** Spring's default name of a class named in letters only: the class's name, lower-case first. */
    private static final Pattern BEAN = Pattern.compile("^\\$\\{([a-z][A-Za-z]*)}$");

    @Autowired
    ApplicationContext context;

    @Autowired
    RepositoryService repositoryService;

    /** Every model in {@code processes/}: a new one is held to the rule as soon as it is there. */
    static List<Path> models() throws IOException {
        try (Stream<Path> files = Files.list(PROCESSES)) {
            return files.filter(f -> f.toString().endsWith(".bpmn")).sorted().toList();
        }
    }

    /** The models read from the folder are those the engine runs: none is left out of the check. */
    @Test
    void theModelsCheckedAreTheProcessesDeployed() throws IOException {
        List<String> inFiles = new ArrayList<>();
        for (Path file : models()) {
            Bpmn.readModelFromFile(file.toFile()).getModelElementsByType(Process.class).stream()
                    .map(Process::getId)
                    .forEach(inFiles::add);
        }
        assertThat(inFiles)
                .isNotEmpty()
                .containsExactlyInAnyOrderElementsOf(
                        repositoryService.createProcessDefinitionQuery().latestVersion().list().stream()
                                .map(ProcessDefinition::getKey)
                                .toList());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void everyListenerAndServiceTaskIsABeanNamedAfterItsClass(Path file) {
        var model = Bpmn.readModelFromFile(file.toFile());
        List<String> wrong = new ArrayList<>();
        int wirings = 0;
        for (var listener : model.getModelElementsByType(CamundaTaskListener.class)) {
            wirings++;
            check(
                    owner(listener),
                    "task listener on " + listener.getCamundaEvent(),
                    listener.getCamundaDelegateExpression(),
                    listener.getCamundaExpression(),
                    listener.getCamundaClass(),
                    TaskListener.class,
                    wrong);
        }
        for (var listener : model.getModelElementsByType(CamundaExecutionListener.class)) {
            wirings++;
            check(
                    owner(listener),
                    "execution listener on " + listener.getCamundaEvent(),
                    listener.getCamundaDelegateExpression(),
                    listener.getCamundaExpression(),
                    listener.getCamundaClass(),
                    ExecutionListener.class,
                    wrong);
        }
        for (var task : model.getModelElementsByType(ServiceTask.class)) {
            wirings++;
            check(
                    task.getId(),
                    "service task",
                    task.getCamundaDelegateExpression(),
                    task.getCamundaExpression(),
                    task.getCamundaClass(),
                    JavaDelegate.class,
                    wrong);
        }
        assertThat(wirings).as("%s calls its beans", file).isPositive();
        assertThat(wrong).as(file.toString()).isEmpty();
    }

    private void check(
            String element,
            String role,
            String delegateExpression,
            String expression,
            String className,
            Class<?> kind,
            List<String> wrong) {
        String where = element + " (" + role + "): ";
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

    private static String owner(ModelElementInstance listener) {
        var element = listener.getParentElement();
        while (element != null && !(element instanceof BaseElement base && base.getId() != null)) {
            element = element.getParentElement();
        }
        return element == null ? "?" : ((BaseElement) element).getId();
    }
}
