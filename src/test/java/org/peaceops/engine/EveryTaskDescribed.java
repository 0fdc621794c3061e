package org.peaceops.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricTaskInstance;

/**
 * What every task the process tests created shows the people who work it: a due date (a task without
 * one is never due, and nobody is reminded of it), a description, and a name that starts with its
 * operation ("MONUSCO: …", or "MONUSCO : …" in French). The process tests reach every flow node
 * ({@link ProcessCoverage}), so every user task of every model is among them at least once.
 */
final class EveryTaskDescribed {

    private EveryTaskDescribed() {}

    static List<String> problems(ProcessEngine engine, Set<String> userTaskIds) {
        List<String> problems = new ArrayList<>();
        List<HistoricTaskInstance> tasks =
                engine.getHistoryService().createHistoricTaskInstanceQuery().list();
        for (HistoricTaskInstance task : tasks) {
            String what = task.getTaskDefinitionKey() + " (" + task.getName() + ")";
            if (task.getDueDate() == null) {
                problems.add(what + " has no due date");
            }
            if (task.getDescription() == null || task.getDescription().isBlank()) {
                problems.add(what + " has no description");
            }
            String operation = task.getTenantId();
            if (operation != null
                    && (task.getName() == null
                            || !(task.getName().startsWith(operation + ": ")
                                    || task.getName().startsWith(operation + "\u00a0: ")))) {
                problems.add(what + " does not start with its operation " + operation);
            }
        }
        Set<String> created =
                tasks.stream().map(HistoricTaskInstance::getTaskDefinitionKey).collect(Collectors.toSet());
        Set<String> never = new TreeSet<>(userTaskIds);
        never.removeAll(created);
        if (!never.isEmpty()) {
            problems.add("user tasks never created, so never looked at: " + never);
        }
        return problems;
    }
}
