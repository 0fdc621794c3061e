package org.peaceops.engine.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.peaceops.engine.models.ElementTemplates.JSON;
import static org.peaceops.engine.models.ElementTemplates.read;
import static org.peaceops.engine.models.ElementTemplates.templateFiles;
import static org.peaceops.engine.models.ElementTemplates.templates;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import com.networknt.schema.resource.AllowSchemaLoader;
import java.beans.Introspector;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

/**
 * The Modeler's element templates themselves ({@code processes/.camunda/element-templates}, one file
 * per bean, named after it): each keeps to the element-templates schema, each file is named after its
 * bean and each template has a unique id, a name and a description, and the class and form fields a
 * template documents exist. The schema is a copy in the test resources: the build never fetches it.
 * That every bean the models wire has its template is {@link TemplatesCoverModelsTest}'s.
 */
class ElementTemplatesTest {

    /** How the templates name the schema, and the schema's own id: both read from the copy. */
    static final String PUBLISHED_SCHEMA =
            "https://unpkg.com/@camunda/element-templates-json-schema/resources/schema.json";

    static final String SCHEMA_ID = "http://camunda.org/schema/element-templates/1.0";
    static final String SCHEMA_COPY = "classpath:element-templates/schema.json";

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
}
