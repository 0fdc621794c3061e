package org.peaceops.engine.access;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricIdentityLinkLog;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.peaceops.engine.camunda.EngineAuthentications;
import org.springframework.stereotype.Component;

/**
 * Open tasks past their due date, as the caller may see them, counted by operation or listed by
 * candidate group; and the groups' names. A fixed number of reads however many tasks: the overdue tasks; the
 * candidate-group links logged since the oldest of them was created (the engine keeps no query for
 * the links of many tasks at once, and its log holds each link added or removed); the groups' names.
 */
@Component
public class OverdueTasks {

    /** The key of the tasks without a candidate group: a person holds them by name. */
    public static final String NO_GROUP = "";

    private final TaskService tasks;
    private final HistoryService history;
    private final IdentityService identity;
    private final EngineAuthentications authentications;
    private final Clock clock;

    public OverdueTasks(TaskService tasks, HistoryService history, IdentityService identity, Clock clock) {
        this.tasks = tasks;
        this.history = history;
        this.identity = identity;
        this.authentications = new EngineAuthentications(identity);
        this.clock = clock;
    }

    /** How many open tasks of each operation are past their due date (an operation with none has no entry). */
    public Map<String, Integer> countByOperation(Collection<String> operationCodes) {
        Map<String, Integer> counts = new HashMap<>();
        for (Task task : overdue(operationCodes)) {
            counts.merge(task.getTenantId(), 1, Integer::sum);
        }
        return counts;
    }

    /**
     * The operation's overdue tasks by candidate group id, due first; a task with two groups is in
     * each, a task without a group under {@link #NO_GROUP}.
     */
    public Map<String, List<OverdueTask>> byGroup(String operationCode) {
        List<Task> overdue = overdue(List.of(operationCode));
        if (overdue.isEmpty()) {
            return Map.of();
        }
        Map<String, Set<String>> groupsOfTask = candidateGroups(operationCode, overdue);
        Map<String, List<OverdueTask>> byGroup = new TreeMap<>();
        for (Task task : overdue) {
            Set<String> groups = groupsOfTask.getOrDefault(task.getId(), Set.of());
            for (String group : groups.isEmpty() ? Set.of(NO_GROUP) : groups) {
                byGroup.computeIfAbsent(group, g -> new ArrayList<>())
                        .add(new OverdueTask(
                                task.getId(),
                                task.getName(),
                                LocalDate.ofInstant(task.getDueDate().toInstant(), ZoneOffset.UTC),
                                task.getAssignee()));
            }
        }
        byGroup.values().forEach(tasks -> tasks.sort(Comparator.comparing(OverdueTask::dueOn)));
        return byGroup;
    }

    private List<Task> overdue(Collection<String> operationCodes) {
        if (operationCodes.isEmpty()) {
            return List.of();
        }
        return tasks.createTaskQuery()
                .tenantIdIn(operationCodes.toArray(String[]::new))
                .dueBefore(Date.from(clock.instant()))
                .list();
    }

    /** Each task's candidate groups now: the links added, less those removed, since it was created. */
    private Map<String, Set<String>> candidateGroups(String operationCode, List<Task> overdue) {
        Set<String> ids = new HashSet<>();
        Instant oldest = Instant.MAX;
        for (Task task : overdue) {
            ids.add(task.getId());
            if (task.getCreateTime().toInstant().isBefore(oldest)) {
                oldest = task.getCreateTime().toInstant();
            }
        }
        Map<String, Set<String>> groups = new HashMap<>();
        List<HistoricIdentityLinkLog> links = history.createHistoricIdentityLinkLogQuery()
                .tenantIdIn(operationCode)
                .type(IdentityLinkType.CANDIDATE)
                .dateAfter(Date.from(oldest))
                .orderByTime()
                .asc()
                .list();
        for (HistoricIdentityLinkLog link : links) {
            if (link.getGroupId() == null || !ids.contains(link.getTaskId())) {
                continue;
            }
            Set<String> ofTask = groups.computeIfAbsent(link.getTaskId(), id -> new LinkedHashSet<>());
            // the engine logs "add" and "delete" (its constants are internal)
            if ("delete".equals(link.getOperationType())) {
                ofTask.remove(link.getGroupId());
            } else {
                ofTask.add(link.getGroupId());
            }
        }
        return groups;
    }

    /**
     * The groups' names by id, from the identity service (a group unknown to it has none). A group's name is no secret from someone who may see its tasks, whereas the
     * engine lets a user read only the groups granted to them: read on the application's account.
     */
    public Map<String, String> groupNames(Collection<String> groupIds) {
        String[] ids = groupIds.stream()
                .filter(id -> id != null && !id.isEmpty())
                .distinct()
                .toArray(String[]::new);
        if (ids.length == 0) {
            return Map.of();
        }
        Map<String, String> names = new HashMap<>();
        authentications
                .unrestricted(() -> identity.createGroupQuery().groupIdIn(ids).list())
                .forEach((Group group) -> names.put(group.getId(), group.getName()));
        return names;
    }

    public record OverdueTask(String id, String name, LocalDate dueOn, String assignee) {}
}
