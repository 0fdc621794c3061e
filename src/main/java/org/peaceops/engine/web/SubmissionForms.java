package org.peaceops.engine.web;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.peaceops.engine.camunda.CamundaForm;
import org.peaceops.engine.camunda.DeployedForms;

/**
 * The form deployed with a task or with a process's start event, found as the caller sees them: a
 * task or a definition the caller may not see yields null, and the engine then answers as it does
 * for anything not found or not allowed.
 */
final class SubmissionForms {

    private final ProcessEngine engine;
    private final DeployedForms deployedForms;
    private final Callers callers;

    SubmissionForms(ProcessEngine engine, DeployedForms deployedForms, Callers callers) {
        this.engine = engine;
        this.deployedForms = deployedForms;
        this.callers = callers;
    }

    AllowedFields ofTask(Callers.Caller caller, String taskId) {
        Task task = callers.as(caller, () -> engine.getTaskService()
                .createTaskQuery()
                .taskId(taskId)
                .initializeFormKeys()
                .singleResult());
        if (task == null) {
            return null;
        }
        if (task.getCamundaFormRef() == null || task.getProcessDefinitionId() == null) {
            return AllowedFields.NONE;
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
        return callers.unrestricted(() -> {
            var model = engine.getRepositoryService().getBpmnModelInstance(definition.getId());
            return model.getModelElementsByType(StartEvent.class).stream()
                    .filter(start -> start.getParentElement() instanceof Process)
                    .map(StartEvent::getCamundaFormRef)
                    .filter(formRef -> formRef != null && !formRef.isBlank())
                    .findFirst()
                    .map(formRef -> form(definition.getId(), formRef))
                    .orElse(AllowedFields.NONE);
        });
    }

    private AllowedFields form(String processDefinitionId, String formId) {
        String deploymentId = engine.getRepositoryService()
                .getProcessDefinition(processDefinitionId)
                .getDeploymentId();
        CamundaForm form = deployedForms.find(deploymentId, formId);
        return form == null ? AllowedFields.NONE : AllowedFields.of(form);
    }
}
