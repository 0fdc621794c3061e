package org.peaceops.engine.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import com.networknt.schema.resource.AllowSchemaLoader;
import java.beans.Introspector;
import java.io.IOException;
import java.io.UncheckedIOException;
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
 * The Modeler's element templates next to the diagrams ({@code processes/.camunda/element-templates},
 * one file per bean, named after it) keep to the element-templates schema, and every bean a model
 * wires by {@code delegateExpression} has a template that wires it the same way. The schema is a copy
 * in the test resources: the build never fetches it.
 */
class ElementTemplatesTest {

    static final Path TEMPLATES = Path.of("processes", ".camunda", "element-templates");

    /** How the templates name the schema, and the schema's own id: both read from the copy. */
    static final String PUBLISHED_SCHEMA =
            "https://unpkg.com/@camunda/element-templates-json-schema/resources/schema.json";

    static final String SCHEMA_ID = "http://camunda.org/schema/element-templates/1.0";
    static final String SCHEMA_COPY = "classpath:element-templates/schema.json";

    static final ObjectMapper JSON = new ObjectMapper();

    /**
     * The schema references only itself ({@code #/definitions/...}) and draft-07, which the validator
     * knows; anything else would have to be fetched, and is refused.
     */
    static JsonSchemaFactory factory() {
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7, builder -> builder.schemaMappers(mappers ->
                        mappers.mapPrefix(PUBLISHED_SCHEMA, SCHEMA_COPY).mapPrefix(SCHEMA_ID, SCHEMA_COPY))
                .schemaLoaders(loaders ->
                        loaders.add(new AllowSchemaLoader(iri -> iri.toString().startsWith("classpath:")))));
    }

    static JsonSchema schema() {
        JsonSchema schema = factory().getSchema(SchemaLocation.of(PUBLISHED_SCHEMA));
        schema.initializeValidators();
        return schema;
    }

    static List<Path> templateFiles() throws IOException {
        try (Stream<Path> files = Files.list(TEMPLATES)) {
            return files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
        }
    }

    static JsonNode read(Path file) {
        try {
            return JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A file holds one template, or a list of them. */
    static List<JsonNode> templates(Path file) {
        JsonNode content = read(file);
        return content.isArray()
                ? StreamSupport.stream(content.spliterator(), false).toList()
                : List.of(content);
    }

    @Test
    void everyTemplateKeepsToTheElementTemplatesSchema() throws IOException {
        JsonSchema schema = schema();
        assertThat(templateFiles()).isNotEmpty();
        for (Path file : templateFiles()) {
            assertThat(schema.validate(read(file)))
                    .as("%s against the element-templates schema", file)
                    .isEmpty();
        }
    }

    @Test
    void theSchemaRefusesWhatTheModelerWouldRefuse() throws IOException {
        // a listener the Modeler would show as an editable field: listeners may only be hidden
        var template = JSON.readTree(
                """
                {"name": "x", "id": "x", "appliesTo": ["bpmn:StartEvent"], "properties": [
                  {"type": "String", "value": "${x}",
                   "binding": {"type": "camunda:executionListener", "event": "start", "implementationType": "delegateExpression"}}]}""");
        Set<ValidationMessage> errors = schema().validate(template);
        assertThat(errors).isNotEmpty();
        assertThat(schema().validate(JSON.readTree("{\"name\": \"x\", \"appliesTo\": []}")))
                .as("id and properties are required")
                .isNotEmpty();
    }

    @Test
    void noSchemaIsFetchedFromTheNetwork() {
        assertThatThrownBy(() -> factory().getSchema(SchemaLocation.of("https://unpkg.com/another-schema.json")))
                .hasMessageContaining("not allowed to be loaded");
    }

    /**
     * A template's id is {@code peaceops.} and its bean; in a file of several (one per kind of element
     * the bean is used on), the kind of element follows: {@code peaceops.formValidator.userTask}.
     */
    @Test
    void eachFileIsNamedAfterTheBeanItTemplatesWithUniqueIds() throws IOException {
        Set<String> ids = new HashSet<>();
        for (Path file : templateFiles()) {
            String bean = file.getFileName().toString().replaceFirst("\\.json$", "");
            List<JsonNode> templates = templates(file);
            for (JsonNode template : templates) {
                String elementKind = template.path("appliesTo").size() == 1
                        ? template.path("appliesTo").get(0).asText().replaceFirst("^bpmn:", "")
                        : "";
                assertThat(template.path("id").asText())
                        .as("%s: id", file)
                        .isEqualTo(
                                templates.size() == 1
                                        ? "peaceops." + bean
                                        : "peaceops." + bean + "." + Introspector.decapitalize(elementKind));
                assertThat(template.path("metadata").path("bean").asText())
                        .as("%s: metadata.bean", file)
                        .isEqualTo(bean);
                assertThat(expressions(template))
                        .as("%s wires ${%s}", file, bean)
                        .contains("${" + bean + "}");
                assertThat(ids.add(template.path("id").asText()))
                        .as("%s: id %s is unique", file, template.path("id").asText())
                        .isTrue();
                assertThat(template.path("name").asText())
                        .as("%s: a name for designers", file)
                        .isNotBlank();
                assertThat(template.path("description").asText())
                        .as("%s: what it does", file)
                        .isNotBlank();
            }
        }
    }

    /** A template left behind by a renamed or removed bean would offer designers code that no longer exists. */
    @Test
    void everyTemplateIsForABeanAModelWires() throws IOException {
        String models;
        try (Stream<Path> files = Files.list(Path.of("processes"))) {
            models = files.filter(f -> f.toString().endsWith(".bpmn"))
                    .map(ElementTemplatesTest::text)
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
     * What a template says a class reads is what the class reads: the class exists, and the form
     * fields a user task's template names are fields of the form it sets.
     */
    @Test
    void theDocumentedClassesAndFormFieldsExist() throws Exception {
        Map<String, Set<String>> forms = formFields();
        for (Path file : templateFiles()) {
            for (JsonNode template : templates(file)) {
                String className = template.path("metadata").path("class").asText();
                assertThatCode(() -> Class.forName(className))
                        .as("%s: class %s", file, className)
                        .doesNotThrowAnyException();
                assertThat(Introspector.decapitalize(className.substring(className.lastIndexOf('.') + 1)))
                        .as("%s: the bean is the class of its name", file)
                        .isEqualTo(template.path("metadata").path("bean").asText());
                JsonNode fields = template.path("metadata").path("formFields");
                if (fields.isMissingNode()) {
                    continue;
                }
                String form = StreamSupport.stream(template.path("properties").spliterator(), false)
                        .filter(p -> p.path("binding").path("name").asText().equals("camunda:formRef"))
                        .map(p -> p.path("value").asText())
                        .findFirst()
                        .orElseThrow();
                assertThat(forms).as("%s: form %s", file, form).containsKey(form);
                fields.forEach(field -> assertThat(forms.get(form))
                        .as("%s: field %s of %s", file, field.asText(), form)
                        .contains(field.asText()));
            }
        }
    }

    /** Each form's id, with the keys of its fields, nested ones included. */
    static Map<String, Set<String>> formFields() throws IOException {
        Map<String, Set<String>> forms = new HashMap<>();
        try (Stream<Path> files = Files.list(Path.of("forms"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".form")).toList()) {
                JsonNode form = read(file);
                Set<String> keys = new HashSet<>();
                form.findValues("key").forEach(key -> keys.add(key.asText()));
                forms.put(form.path("id").asText(), keys);
            }
        }
        return forms;
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

    static List<Path> models() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("processes"))) {
            List<Path> models =
                    files.filter(f -> f.toString().endsWith(".bpmn")).sorted().toList();
            assertThat(models).isNotEmpty();
            return models;
        }
    }

    /** The templates of each bean: those in the file named after it. */
    static Map<String, List<JsonNode>> templatesByBean() throws IOException {
        Map<String, List<JsonNode>> templates = new HashMap<>();
        for (Path file : templateFiles()) {
            templates.put(file.getFileName().toString().replaceFirst("\\.json$", ""), templates(file));
        }
        return templates;
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

    /** Every expression a template wires or lists. */
    private static Set<String> expressions(JsonNode template) {
        Set<String> expressions = new HashSet<>();
        template.path("properties").forEach(p -> {
            String type = p.path("binding").path("type").asText();
            if (type.equals("camunda:executionListener")
                    || p.path("binding").path("name").asText().equals("camunda:delegateExpression")) {
                expressions.add(p.path("value").asText());
            }
        });
        template.path("metadata")
                .path("taskListeners")
                .forEach(l -> expressions.add(l.path("delegateExpression").asText()));
        return expressions;
    }

    private static BaseElement owner(ModelElementInstance listener) {
        ModelElementInstance element = listener.getParentElement();
        while (!(element instanceof BaseElement base && base.getId() != null)) {
            element = element.getParentElement();
        }
        return (BaseElement) element;
    }
}
