package org.peaceops.engine.web;

import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.MessageEventDefinition;
import org.camunda.bpm.model.bpmn.instance.ReceiveTask;

/**
 * Whether the processes of a business key have already received a message: then a second copy of it
 * (sent twice, or by two people at the same moment) is a conflict with what happened, not a request
 * for something that never waited.
 */
final class ReceivedMessages {

    private final ProcessEngine engine;
    private final Callers callers;

    ReceivedMessages(ProcessEngine engine, Callers callers) {
        this.engine = engine;
        this.callers = callers;
    }

    boolean alreadyReceived(Callers.Caller caller, String businessKey, String messageName) {
        var instances = callers.as(caller, () -> engine.getHistoryService()
                .createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey(businessKey)
                .list());
        return callers.unrestricted(() -> instances.stream().anyMatch(instance -> received(instance, messageName)));
    }

    private boolean received(HistoricProcessInstance instance, String messageName) {
        return catchingActivities(instance.getProcessDefinitionId(), messageName).stream()
                .anyMatch(activityId -> engine.getHistoryService()
                                .createHistoricActivityInstanceQuery()
                                .processInstanceId(instance.getId())
                                .activityId(activityId)
                                .finished()
                                .count()
                        > 0);
    }

    /** The activities of the definition that wait for the message: catch events and receive tasks. */
    private Set<String> catchingActivities(String processDefinitionId, String messageName) {
        var model = engine.getRepositoryService().getBpmnModelInstance(processDefinitionId);
        Set<String> events = model.getModelElementsByType(MessageEventDefinition.class).stream()
                .filter(definition -> definition.getMessage() != null
                        && messageName.equals(definition.getMessage().getName()))
                .map(definition -> ((FlowNode) definition.getParentElement()).getId())
                .collect(Collectors.toSet());
        model.getModelElementsByType(ReceiveTask.class).stream()
                .filter(task -> task.getMessage() != null
                        && messageName.equals(task.getMessage().getName()))
                .forEach(task -> events.add(task.getId()));
        return events;
    }
}
