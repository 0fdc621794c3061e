package org.peaceops.engine.camunda;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaExecutionListener;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaFailedJobRetryTimeCycle;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;
import org.junit.jupiter.api.Test;
import org.peaceops.engine.EngineTest;
import org.peaceops.engine.ProcessDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The rules every deployed model keeps, beyond what the Modeler checks: forms that resolve in the
 * same deployment, routing, server-side validation, asynchronous service tasks with retries,
 * delegates that exist, meaningful ids.
 */
@EngineTest
class ModelRulesTest {

    private static final Pattern MEANINGFUL_ID = Pattern.compile(
            "^(Task|Gateway|Event|StartEvent|EndEvent|CallActivity|SubProcess|EventSubProcess|Flow|Message|MessageEventDefinition)_[A-Z][A-Za-z]+$");

    @Autowired
    ProcessEngine engine;

    @Autowired
    DeployedForms deployedForms;

    @Autowired
    ApplicationContext context;

    @Autowired
    ProcessDriver driver;

    List<ProcessDefinition> definitions() {
        return engine.getRepositoryService()
                .createProcessDefinitionQuery()
                .latestVersion()
                .list();
    }

    BpmnModelInstance model(ProcessDefinition definition) {
        return engine.getRepositoryService().getBpmnModelInstance(definition.getId());
    }

    @Test
    void theProcessesAndDecisionsAreDeployedTogetherWithTheirForms() {
        assertThat(definitions())
                .extracting(ProcessDefinition::getKey)
                .containsExactlyInAnyOrder(
                        "transition-lifecycle",
                        "strategic-assessment",
                        "joint-transition-planning",
                        "benchmark-review",
                        "pbc-consultation",
                        "council-reporting",
                        "drawdown-phase",
                        "closure",
                        "post-transition-monitoring",
                        "operation-staffing");
        assertThat(definitions())
                .extracting(ProcessDefinition::getDeploymentId)
                .containsOnly(definitions().get(0).getDeploymentId());
        var decisions = engine.getRepositoryService()
                .createDecisionDefinitionQuery()
                .deploymentId(definitions().get(0).getDeploymentId())
                .list();
        assertThat(decisions)
                .extracting(d -> d.getKey())
                .containsExactlyInAnyOrder(
                        "indicator-status",
                        "indicator-expected-progress",
                        "indicator-progress-made",
                        "benchmark-status",
                        "phase-readiness");
        assertThat(decisions)
                .allSatisfy(d -> assertThat(d.getHistoryTimeToLive()).isEqualTo(3650));
        assertThat(definitions())
                .allSatisfy(d -> assertThat(d.getHistoryTimeToLive()).isNotNull());
    }

    @Test
    void everyUserTaskIsRoutedValidatedAndHasAFormInItsDeployment() {
        for (ProcessDefinition definition : definitions()) {
            for (UserTask task : model(definition).getModelElementsByType(UserTask.class)) {
                assertThat(task.getCamundaCandidateGroups()).as(task.getId()).isNotBlank();
                assertThat(task.getCamundaFormRefBinding()).as(task.getId()).isEqualTo("deployment");
                assertThat(deployedForms.find(definition.getDeploymentId(), task.getCamundaFormRef()))
                        .as("form %s of %s", task.getCamundaFormRef(), task.getId())
                        .isNotNull();
                assertThat(task.getExtensionElements()
                                .getElementsQuery()
                                .filterByType(CamundaTaskListener.class)
                                .list())
                        .as("%s validates its form on the server", task.getId())
                        .anySatisfy(l -> {
                            assertThat(l.getCamundaEvent()).isEqualTo("complete");
                            assertThat(l.getCamundaDelegateExpression()).isEqualTo("${formValidator}");
                        });
            }
        }
    }

    @Test
    void startFormsResolveAndAreValidatedOnTheServer() {
        for (ProcessDefinition definition : definitions()) {
            for (StartEvent start : model(definition).getModelElementsByType(StartEvent.class)) {
                if (start.getCamundaFormRef() == null) {
                    continue;
                }
                assertThat(engine.getFormService().getDeployedStartForm(definition.getId()))
                        .isNotNull();
                assertThat(start.getExtensionElements()
                                .getElementsQuery()
                                .filterByType(CamundaExecutionListener.class)
                                .list())
                        .as("%s validates its start form on the server", start.getId())
                        .anySatisfy(l ->
                                assertThat(l.getCamundaDelegateExpression()).isEqualTo("${formValidator}"));
            }
        }
    }

    @Test
    void everyOpenTasksFormCanBeOpenedAsTasklistOpensIt() throws Exception {
        driver.startLifecycle("FORMS-CHECK");
        driver.complete("FORMS-CHECK", "Task_DraftTermsOfReference");
        var tasks = engine.getTaskService()
                .createTaskQuery()
                .processInstanceBusinessKey("FORMS-CHECK")
                .initializeFormKeys()
                .list();
        assertThat(tasks).as("the assessment's eight and the staffing").hasSize(9);
        for (var task : tasks) {
            String json = new String(
                    engine.getFormService().getDeployedTaskForm(task.getId()).readAllBytes(), StandardCharsets.UTF_8);
            assertThat(CamundaForm.parse(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)))
                            .id())
                    .isEqualTo(task.getCamundaFormRef().getKey());
        }
    }

    @Test
    void serviceTasksAreAsynchronousWithARetryCycleAndTheirDelegatesExist() {
        for (ProcessDefinition definition : definitions()) {
            for (ServiceTask task : model(definition).getModelElementsByType(ServiceTask.class)) {
                assertThat(task.isCamundaAsyncBefore()).as(task.getId()).isTrue();
                assertThat(task.getExtensionElements()
                                .getElementsQuery()
                                .filterByType(CamundaFailedJobRetryTimeCycle.class)
                                .singleResult()
                                .getTextContent())
                        .as(task.getId())
                        .startsWith("R");
                String bean = task.getCamundaDelegateExpression().replaceAll("^\\$\\{(.*)}$", "$1");
                assertThat(context.containsBean(bean))
                        .as("bean %s of %s", bean, task.getId())
                        .isTrue();
            }
        }
    }

    @Test
    void everyElementHasAMeaningfulId() {
        for (ProcessDefinition definition : definitions()) {
            var model = model(definition);
            assertThat(model.getModelElementsByType(Process.class))
                    .allSatisfy(p -> assertThat(p.getId()).matches("^[a-z]+(-[a-z]+)*$"));
            for (var element : model.getModelElementsByType(FlowElement.class)) {
                assertThat(((BaseElement) element).getId()).matches(MEANINGFUL_ID);
            }
        }
    }
}
