package org.peaceops.engine.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.peaceops.engine.models.ElementTemplates.models;
import static org.peaceops.engine.models.ElementTemplates.templateFiles;
import static org.peaceops.engine.models.ElementTemplates.templatesByBean;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaExecutionListener;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.junit.jupiter.api.Test;

/**
 * The models ({@code processes/*.bpmn}) against the element templates, whichever models are in the
 * tree: every bean a model wires by {@code delegateExpression} has a template, in the file named after
 * it, that wires it the same way on that kind of element; every user task has a template that sets
 * its form and lists its task listeners in order; every event's and flow's execution listeners are
 * set in order by one template; and no template is left for a bean no model wires. The templates
 * themselves are {@link ElementTemplatesTest}'s.
 */
class TemplatesCoverModelsTest {

    /** A template left behind by a renamed or removed bean would offer designers code that no longer exists. */
    @Test
    void everyTemplateIsForABeanAModelWires() throws IOException {
        String models;
        try (Stream<Path> files = Files.list(Path.of("processes"))) {
            models = files.filter(f -> f.toString().endsWith(".bpmn"))
                    .map(TemplatesCoverModelsTest::text)
                    .reduce("", String::concat);
        }
        assertThat(templateFiles()).isNotEmpty().allSatisfy(file -> assertThat(models)
                .as("a model wires the bean of %s", file)
                .contains("delegateExpression=\"${"
                        + file.getFileName().toString().replaceFirst("\\.json$", "") + "}\""));
    }

    private static String text(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * Compared with the models in the tree, whichever they are: a bean wired in a model needs its
     * template here, in the file named after it. Task listeners cannot be bound by a Camunda 7 template
     * (there is no binding for them), so a user task's template lists them in {@code
     * metadata.taskListeners}, and its description tells the designer to add them.
     */
    @Test
    void everyDelegateExpressionInTheModelsHasATemplateThatWiresIt() throws IOException {
        Map<String, List<JsonNode>> templates = templatesByBean();
        List<String> missing = new ArrayList<>();
        for (Path file : models()) {
            var model = Bpmn.readModelFromFile(file.toFile());
            for (var task : model.getModelElementsByType(ServiceTask.class)) {
                String expression = task.getCamundaDelegateExpression();
                if (expression != null
                        && ofBean(templates, expression).stream()
                                .noneMatch(t -> appliesTo(t, task)
                                        && binds(t, "property", "camunda:delegateExpression", null, expression))) {
                    missing.add(file + " " + task.getId() + ": service task " + expression);
                }
            }
            for (var listener : model.getModelElementsByType(CamundaExecutionListener.class)) {
                String expression = listener.getCamundaDelegateExpression();
                BaseElement owner = owner(listener);
                if (expression != null
                        && ofBean(templates, expression).stream()
                                .noneMatch(t -> appliesTo(t, owner)
                                        && binds(
                                                t,
                                                "camunda:executionListener",
                                                null,
                                                listener.getCamundaEvent(),
                                                expression))) {
                    missing.add(file + " " + owner.getId() + ": execution listener " + listener.getCamundaEvent() + " "
                            + expression);
                }
            }
            for (var listener : model.getModelElementsByType(CamundaTaskListener.class)) {
                String expression = listener.getCamundaDelegateExpression();
                BaseElement owner = owner(listener);
                if (expression != null
                        && ofBean(templates, expression).stream()
                                .noneMatch(
                                        t -> appliesTo(t, owner) && lists(t, listener.getCamundaEvent(), expression))) {
                    missing.add(file + " " + owner.getId() + ": task listener " + listener.getCamundaEvent() + " "
                            + expression);
                }
            }
        }
        assertThat(missing)
                .as("wired in a model, without a template in the bean's file")
                .isEmpty();
    }

    /**
     * A user task gets what it needs from the template of one of its beans (its recorder's): its form,
     * and its task listeners in the model's order, for the designer to add. The candidate groups the
     * template proposes are those of a task it is applied to.
     */
    @Test
    void eachUserTaskHasATemplateWithItsFormAndItsTaskListenersInOrder() throws IOException {
        Map<String, List<JsonNode>> templates = templatesByBean();
        Map<JsonNode, Set<String>> groupsOfTasks = new HashMap<>();
        List<String> missing = new ArrayList<>();
        for (Path file : models()) {
            for (var task : Bpmn.readModelFromFile(file.toFile()).getModelElementsByType(UserTask.class)) {
                List<CamundaTaskListener> listeners = task.getExtensionElements() == null
                        ? List.of()
                        : task.getExtensionElements()
                                .getElementsQuery()
                                .filterByType(CamundaTaskListener.class)
                                .list();
                List<String> inModel = listeners.stream()
                        .map(l -> l.getCamundaEvent() + " " + l.getCamundaDelegateExpression())
                        .toList();
                List<JsonNode> fitting = listeners.stream()
                        .flatMap(l -> ofBean(templates, l.getCamundaDelegateExpression()).stream())
                        .distinct()
                        .filter(t -> appliesTo(t, task)
                                && task.getCamundaFormRef() != null
                                && task.getCamundaFormRef().equals(property(t, "camunda:formRef"))
                                && taskListeners(t).equals(inModel))
                        .toList();
                if (fitting.isEmpty()) {
                    missing.add(file + " " + task.getId() + ": form " + task.getCamundaFormRef() + ", " + inModel);
                }
                fitting.forEach(t ->
                        groupsOfTasks.computeIfAbsent(t, k -> new HashSet<>()).add(task.getCamundaCandidateGroups()));
            }
        }
        assertThat(missing)
                .as("user tasks without a template that sets their form and lists their listeners")
                .isEmpty();
        groupsOfTasks.forEach((template, groups) -> assertThat(groups)
                .as("%s: candidate groups", template.path("id").asText())
                .contains(property(template, "camunda:candidateGroups")));
    }

    /**
     * The execution listeners of an event or a flow are set, in the model's order, by the template of
     * one of their beans; and what a template says it sets ({@code metadata.executionListeners}) is
     * what it binds.
     */
    @Test
    void eachElementsExecutionListenersAreSetInOrderByOneTemplate() throws IOException {
        Map<String, List<JsonNode>> templates = templatesByBean();
        templates.values().stream().flatMap(List::stream).forEach(t -> assertThat(executionListeners(t))
                .as("%s: metadata.executionListeners", t.path("id").asText())
                .isEqualTo(StreamSupport.stream(
                                t.path("metadata").path("executionListeners").spliterator(), false)
                        .map(l -> l.path("event").asText() + " "
                                + l.path("delegateExpression").asText())
                        .toList()));
        List<String> missing = new ArrayList<>();
        for (Path file : models()) {
            var model = Bpmn.readModelFromFile(file.toFile());
            Map<BaseElement, List<String>> byElement = new LinkedHashMap<>();
            for (var listener : model.getModelElementsByType(CamundaExecutionListener.class)) {
                byElement
                        .computeIfAbsent(owner(listener), k -> new ArrayList<>())
                        .add(listener.getCamundaEvent() + " " + listener.getCamundaDelegateExpression());
            }
            byElement.forEach((element, inModel) -> {
                boolean set = inModel.stream()
                        .map(l -> l.substring(l.indexOf(' ') + 1))
                        .flatMap(expression -> ofBean(templates, expression).stream())
                        .anyMatch(t ->
                                appliesTo(t, element) && executionListeners(t).equals(inModel));
                if (!set) {
                    missing.add(file + " " + element.getId() + ": " + inModel);
                }
            });
        }
        assertThat(missing)
                .as("execution listeners no template sets in this order")
                .isEmpty();
    }

    /** The templates of the bean that {@code ${bean}} calls; none for any other expression. */
    private static List<JsonNode> ofBean(Map<String, List<JsonNode>> templates, String expression) {
        if (expression == null || !expression.matches("^\\$\\{[A-Za-z0-9]+}$")) {
            return List.of();
        }
        return templates.getOrDefault(expression.substring(2, expression.length() - 1), List.of());
    }

    private static String property(JsonNode template, String name) {
        return StreamSupport.stream(template.path("properties").spliterator(), false)
                .filter(p -> p.path("binding").path("type").asText().equals("property")
                        && p.path("binding").path("name").asText().equals(name))
                .map(p -> p.path("value").asText())
                .findFirst()
                .orElse(null);
    }

    /** "event ${bean}" for each task listener the template lists, in its order. */
    private static List<String> taskListeners(JsonNode template) {
        return StreamSupport.stream(
                        template.path("metadata").path("taskListeners").spliterator(), false)
                .map(l -> l.path("event").asText() + " "
                        + l.path("delegateExpression").asText())
                .toList();
    }

    /** "event ${bean}" for each execution listener the template binds, in its order. */
    private static List<String> executionListeners(JsonNode template) {
        return StreamSupport.stream(template.path("properties").spliterator(), false)
                .filter(p -> p.path("binding").path("type").asText().equals("camunda:executionListener"))
                .map(p -> p.path("binding").path("event").asText() + " "
                        + p.path("value").asText())
                .toList();
    }

    private static boolean appliesTo(JsonNode template, BaseElement element) {
        String type = element.getElementType().getTypeName();
        String bpmnType = "bpmn:" + Character.toUpperCase(type.charAt(0)) + type.substring(1);
        return StreamSupport.stream(template.path("appliesTo").spliterator(), false)
                .anyMatch(applies -> applies.asText().equals(bpmnType));
    }

    private static boolean binds(JsonNode template, String type, String name, String event, String expression) {
        return StreamSupport.stream(template.path("properties").spliterator(), false)
                .anyMatch(property -> {
                    JsonNode binding = property.path("binding");
                    return binding.path("type").asText().equals(type)
                            && (name == null || binding.path("name").asText().equals(name))
                            && (event == null
                                    || (binding.path("event").asText().equals(event)
                                            && binding.path("implementationType")
                                                    .asText()
                                                    .equals("delegateExpression")))
                            && property.path("value").asText().equals(expression);
                });
    }

    private static boolean lists(JsonNode template, String event, String expression) {
        return StreamSupport.stream(
                        template.path("metadata").path("taskListeners").spliterator(), false)
                .anyMatch(listener -> listener.path("event").asText().equals(event)
                        && listener.path("delegateExpression").asText().equals(expression));
    }

    private static BaseElement owner(ModelElementInstance listener) {
        ModelElementInstance element = listener.getParentElement();
        while (!(element instanceof BaseElement base && base.getId() != null)) {
            element = element.getParentElement();
        }
        return (BaseElement) element;
    }
}
