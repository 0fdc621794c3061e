package org.peaceops.engine.models;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.beans.Introspector;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaExecutionListener;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.peaceops.engine.EngineTest;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * One style of wiring, so that a designer can follow a model to its code: every listener and
 * service task calls a bean by {@code camunda:delegateExpression}, the bean is the class of that
 * name (Spring's default name), and the Modeler has an element template for it.
 */
@EngineTest
class DelegateWiringTest {

    static final Path TEMPLATES = Path.of("processes/.camunda/element-templates");

    @Autowired
    ProcessEngine engine;

    @Autowired
    ApplicationContext context;

    @ParameterizedTest
    @ValueSource(strings = {"drawdown-phase", "benchmark-review", "closure", "post-transition-monitoring"})
    void everyListenerAndServiceTaskCallsTheBeanOfItsClassByDelegateExpression(String processKey) {
        BpmnModelInstance model = model(processKey);
        List<Wiring> wirings = new ArrayList<>();
        for (CamundaTaskListener listener : model.getModelElementsByType(CamundaTaskListener.class)) {
            wirings.add(new Wiring(
                    "task listener on " + owner(listener),
                    listener.getCamundaDelegateExpression(),
                    listener.getCamundaExpression(),
                    listener.getCamundaClass(),
                    TaskListener.class,
                    null));
        }
        for (CamundaExecutionListener listener : model.getModelElementsByType(CamundaExecutionListener.class)) {
            wirings.add(new Wiring(
                    "execution listener on " + owner(listener),
                    listener.getCamundaDelegateExpression(),
                    listener.getCamundaExpression(),
                    listener.getCamundaClass(),
                    ExecutionListener.class,
                    "camunda:executionListener"));
        }
        for (ServiceTask task : model.getModelElementsByType(ServiceTask.class)) {
            wirings.add(new Wiring(
                    "service task " + task.getId(),
                    task.getCamundaDelegateExpression(),
                    task.getCamundaExpression(),
                    task.getCamundaClass(),
                    JavaDelegate.class,
                    "property"));
        }
        assertThat(wirings).isNotEmpty();
        for (Wiring wiring : wirings) {
            assertThat(wiring.expression()).as(wiring.where()).isNull();
            assertThat(wiring.className()).as(wiring.where()).isNull();
            assertThat(wiring.delegateExpression()).as(wiring.where()).matches("^\\$\\{[a-z][A-Za-z]*}$");
            String bean = wiring.delegateExpression()
                    .substring(2, wiring.delegateExpression().length() - 1);
            assertThat(context.containsBean(bean))
                    .as("bean %s of %s", bean, wiring.where())
                    .isTrue();
            Class<?> type = AopUtils.getTargetClass(context.getBean(bean));
            assertThat(Introspector.decapitalize(type.getSimpleName()))
                    .as("class of bean %s", bean)
                    .isEqualTo(bean);
            assertThat(wiring.contract()).as(wiring.where()).isAssignableFrom(type);
            assertThat(template(bean).path("id").asText())
                    .as("element template of %s", bean)
                    .isEqualTo("org.peaceops." + bean);
            if (wiring.binding() != null) {
                assertThat(template(bean).path("properties"))
                        .as("element template of %s binds it", bean)
                        .anySatisfy(property -> {
                            assertThat(property.path("binding").path("type").asText())
                                    .isEqualTo(wiring.binding());
                            assertThat(property.path("value").asText()).isEqualTo(wiring.delegateExpression());
                        });
            }
        }
    }

    JsonNode template(String bean) {
        Path file = TEMPLATES.resolve(bean + ".json");
        assertThat(file).as("element template of %s", bean).isRegularFile();
        try {
            return new ObjectMapper().readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    BpmnModelInstance model(String processKey) {
        var definition = engine.getRepositoryService()
                .createProcessDefinitionQuery()
                .processDefinitionKey(processKey)
                .latestVersion()
                .singleResult();
        return engine.getRepositoryService().getBpmnModelInstance(definition.getId());
    }

    static String owner(ModelElementInstance listener) {
        // the listener sits in the extension elements of its element
        var element = listener.getParentElement().getParentElement();
        return element.getAttributeValue("id");
    }

    /**
     * How a listener or service task calls its bean; {@code binding} is how its element template binds
     * the bean (none for task listeners: the templates' schema has no binding for them).
     */
    record Wiring(
            String where,
            String delegateExpression,
            String expression,
            String className,
            Class<?> contract,
            String binding) {}
}
