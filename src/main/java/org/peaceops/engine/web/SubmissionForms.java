package org.peaceops.engine.web;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.peaceops.engine.camunda.CamundaForm;
import org.peaceops.engine.camunda.DeployedForms;

/**
 * The form deployed with a task or with a process's start event, found as the caller sees them: a
 * task or a definition the caller may not see yields null, and the engine then answers as it does
 * for anything not found or not allowed. What a definition's tasks and start event may submit never
 * changes once deployed, so it is kept per definition id (the same on every node); only the look-up
 * of the task or definition itself, which depends on the caller, runs per request.
 */
final class SubmissionForms {

    private final ProcessEngine engine;
    private final DeployedForms deployedForms;
    private final Callers callers;
    /** By definition id and task definition key ("id#key"), or definition id alone for its start. */
    private final Map<String, AllowedFields> byDefinition = new ConcurrentHashMap<>();

    SubmissionForms(ProcessEngine engine, DeployedForms deployedForms, Callers callers) {
        this.engine = engine;
        this.deployedForms = deployedForms;
        this.callers = callers;
    }

    AllowedFields ofTask(Callers.Caller caller, String taskId) {
        Task task = callers.as(
                caller,
                () -> engine.getTaskService().createTaskQuery().taskId(taskId).singleResult());
        if (task == null) {
            return null;
        }
        if (task.getProcessDefinitionId() == null) {
            return AllowedFields.NONE;
        }
        String definitionId = task.getProcessDefinitionId();
        String key = definitionId + "#" + task.getTaskDefinitionKey();
        AllowedFields cached = byDefinition.get(key);
        if (cached != null) {
            return cached;
        }
        String formRef = callers.unrestricted(() -> formRef(definitionId, task.getTaskDefinitionKey()));
        if (formRef != null && (formRef.contains("${") || formRef.contains("#{"))) {
            // a form chosen per task by an expression: the engine resolves it for this task
            return ofTaskByExpression(caller, taskId);
        }
        AllowedFields allowed = formRef == null || formRef.isBlank()
                ? AllowedFields.NONE
                : callers.unrestricted(() -> form(definitionId, formRef));
        byDefinition.put(key, allowed);
        return allowed;
    }

    private String formRef(String definitionId, String taskKey) {
        var element =
                engine.getRepositoryService().getBpmnModelInstance(definitionId).getModelElementById(taskKey);
        return element instanceof UserTask userTask ? userTask.getCamundaFormRef() : null;
    }

    private AllowedFields ofTaskByExpression(Callers.Caller caller, String taskId) {
        Task task = callers.as(caller, () -> engine.getTaskService()
                .createTaskQuery()
                .taskId(taskId)
                .initializeFormKeys()
                .singleResult());
        if (task == null || task.getCamundaFormRef() == null) {
            return task == null ? null : AllowedFields.NONE;
        }
        String formId = task.getCamundaFormRef().getKey();
        return callers.unrestricted(() -> form(task.getProcessDefinitionId(), formId));
    }

    /** Whether the task is still open, whoever may see it. */
    boolean taskExists(String taskId) {
        return callers.unrestricted(
                () -> engine.getTaskService().createTaskQuery().taskId(taskId).count() > 0);
    }

    /** By definition id, or by key (and tenant) as the engine starts the latest version. */
    AllowedFields ofStart(Callers.Caller caller, String definitionId, String key, String tenantId) {
        ProcessDefinition definition = callers.as(caller, () -> {
            var query = engine.getRepositoryService().createProcessDefinitionQuery();
            if (definitionId != null) {
                return query.processDefinitionId(definitionId).singleResult();
            }
            query.processDefinitionKey(key).latestVersion();
            return tenantId == null
                    ? query.withoutTenantId().singleResult()
                    : query.tenantIdIn(tenantId).singleResult();
        });
        if (definition == null) {
            return null;
        }
        return byDefinition.computeIfAbsent(
                definition.getId(), id -> callers.unrestricted(() -> startForm(definition)));
    }

    private AllowedFields startForm(ProcessDefinition definition) {
        var model = engine.getRepositoryService().getBpmnModelInstance(definition.getId());
        return model.getModelElementsByType(StartEvent.class).stream()
                .filter(start -> start.getParentElement() instanceof Process)
                .map(StartEvent::getCamundaFormRef)
                .filter(formRef -> formRef != null && !formRef.isBlank())
                .findFirst()
                .map(formRef -> of(definition.getDeploymentId(), formRef))
                .orElse(AllowedFields.NONE);
    }

    private AllowedFields form(String processDefinitionId, String formId) {
        String deploymentId = engine.getRepositoryService()
                .getProcessDefinition(processDefinitionId)
                .getDeploymentId();
        return of(deploymentId, formId);
    }

    private AllowedFields of(String deploymentId, String formId) {
        CamundaForm form = deployedForms.find(deploymentId, formId);
        return form == null ? AllowedFields.NONE : AllowedFields.of(form);
    }
}
