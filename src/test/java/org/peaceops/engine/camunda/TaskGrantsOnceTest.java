package org.peaceops.engine.camunda;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.peaceops.engine.EngineTest;
import org.peaceops.engine.ProcessDriver;
import org.peaceops.engine.RoundTripCounter;
import org.peaceops.engine.Transitions;
import org.peaceops.engine.assessment.StrategicAssessment;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Through the rewritten task query ({@link TaskGrantsOnce}, on PostgreSQL; the engine's own on H2),
 * each caller lists and counts exactly the tasks the engine's own authorization check lets them read,
 * in their tenants: by a grant on the task (to them or a group of theirs), on the task's process
 * definition, or on every task.
 */
@EngineTest
class TaskGrantsOnceTest {

    private static final String BY_DEFINITION = "tgo-by-definition";
    private static final String BY_EVERY_TASK = "tgo-every-task";
    private static final String BY_OWN_TASK = "tgo-own-task";

    @Autowired
    Transitions transitions;

    @Autowired
    ProcessDriver driver;

    @Autowired
    TaskService taskService;

    @Autowired
    IdentityService identityService;

    @Autowired
    AuthorizationService authorizationService;

    @Autowired
    RepositoryService repositoryService;

    @Autowired
    RoundTripCounter roundTrips;

    @Autowired
    ProcessEngine engine;

    private final List<String> grants = new ArrayList<>();
    private String standaloneTask;

    @AfterEach
    void removeWhatTheTestAdded() {
        identityService.clearAuthentication();
        grants.forEach(authorizationService::deleteAuthorization);
        if (standaloneTask != null) {
            taskService.deleteTask(standaloneTask, true);
        }
        List.of(BY_DEFINITION, BY_EVERY_TASK, BY_OWN_TASK).forEach(identityService::deleteUser);
    }

    @Test
    void eachCallerListsAndCountsTheTasksTheEnginesAuthorizationCheckLetsThemRead() {
        String code = transitions.newOperation();
        driver.startLifecycle(code);
        driver.runJobs(code);
        givenCallersWithGrantsOfEachKind();
        identityService.createTenantUserMembership(code, BY_DEFINITION);

        List<String> callers = List.of(
                "hq-planner",
                "analyst",
                "trainex-host",
                "monusco-leadership",
                "eosg-officer",
                "manager",
                BY_DEFINITION,
                BY_EVERY_TASK,
                BY_OWN_TASK);
        for (String caller : callers) {
            List<Task> readable = readableBy(caller);
            authenticate(caller);
            List<String> statements = new ArrayList<>();
            List<Task> listed =
                    asCaller(statements, () -> taskService.createTaskQuery().list());
            long counted =
                    asCaller(statements, () -> taskService.createTaskQuery().count());
            List<Task> page = asCaller(statements, () -> taskService
                    .createTaskQuery()
                    .orderByTaskCreateTime()
                    .desc()
                    .listPage(0, 3));
            identityService.clearAuthentication();

            assertThat(ids(listed)).as(caller).containsExactlyInAnyOrderElementsOf(ids(readable));
            assertThat(counted).as(caller).isEqualTo(readable.size());
            // the newest three: tasks made in the same instant may come in either order
            assertThat(page)
                    .as(caller)
                    .hasSize(Math.min(3, readable.size()))
                    .extracting(Task::getCreateTime)
                    .containsExactlyElementsOf(
                            readable.stream().limit(3).map(Task::getCreateTime).toList());
            assertThat(ids(readable)).containsAll(ids(page));
            // with a revoke anywhere the engine checks each task by sub-queries of its own: not rewritten
            assertThat(statements)
                    .as("%s's three task queries, rewritten", caller)
                    .filteredOn(sql -> sql.startsWith("WITH " + TaskGrantsOnce.GRANTS + " AS ("))
                    .hasSize(onPostgres() && !hasARevoke(caller) ? 3 : 0);
        }
        assertThat(callers).filteredOn(caller -> !hasARevoke(caller)).hasSizeGreaterThan(5);
        assertThat(readableBy(BY_DEFINITION)).as("the definition's tasks").isNotEmpty();
        assertThat(readableBy(BY_OWN_TASK)).extracting(Task::getId).containsExactly(standaloneTask);
    }

    /**
     * One caller reads every task of the strategic assessment through its definition (in the operation
     * they are given), one every task, one the task made for them alone (a task of no process, so of no
     * definition).
     */
    private void givenCallersWithGrantsOfEachKind() {
        List.of(BY_DEFINITION, BY_EVERY_TASK, BY_OWN_TASK)
                .forEach(id -> identityService.saveUser(identityService.newUser(id)));
        grant(BY_DEFINITION, Resources.PROCESS_DEFINITION, StrategicAssessment.PROCESS_ID, true);
        grant(BY_EVERY_TASK, Resources.TASK, Authorization.ANY, false);
        Task task = taskService.newTask();
        task.setName("A task of no process");
        taskService.saveTask(task);
        standaloneTask = task.getId();
        grant(BY_OWN_TASK, Resources.TASK, standaloneTask, false);
    }

    private void grant(String userId, Resources resource, String resourceId, boolean readTask) {
        Authorization grant = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        grant.setUserId(userId);
        grant.setResource(resource);
        grant.setResourceId(resourceId);
        grant.addPermission(readTask ? ProcessDefinitionPermissions.READ_TASK : Permissions.READ);
        grants.add(authorizationService.saveAuthorization(grant).getId());
    }

    /** Every task the engine's check lets the caller read, in a tenant of theirs, newest first. */
    private List<Task> readableBy(String caller) {
        identityService.clearAuthentication();
        List<String> groups = groupsOf(caller);
        List<String> tenants = tenantsOf(caller);
        Map<String, String> keys = new HashMap<>();
        return taskService.createTaskQuery().list().stream()
                .filter(task -> task.getTenantId() == null || tenants.contains(task.getTenantId()))
                .filter(task -> authorizationService.isUserAuthorized(
                                caller, groups, Permissions.READ, Resources.TASK, task.getId())
                        || task.getProcessDefinitionId() != null
                                && authorizationService.isUserAuthorized(
                                        caller,
                                        groups,
                                        ProcessDefinitionPermissions.READ_TASK,
                                        Resources.PROCESS_DEFINITION,
                                        keys.computeIfAbsent(task.getProcessDefinitionId(), id -> repositoryService
                                                .getProcessDefinition(id)
                                                .getKey())))
                .sorted(Comparator.comparing(Task::getCreateTime).reversed())
                .toList();
    }

    private boolean onPostgres() {
        return "postgres"
                .equals(((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getDatabaseType());
    }

    private boolean hasARevoke(String caller) {
        return authorizationService
                                .createAuthorizationQuery()
                                .authorizationType(Authorization.AUTH_TYPE_REVOKE)
                                .userIdIn(caller, Authorization.ANY)
                                .count()
                        > 0
                || !groupsOf(caller).isEmpty()
                        && authorizationService
                                        .createAuthorizationQuery()
                                        .authorizationType(Authorization.AUTH_TYPE_REVOKE)
                                        .groupIdIn(groupsOf(caller).toArray(String[]::new))
                                        .count()
                                > 0;
    }

    private <T> T asCaller(List<String> statements, Supplier<T> query) {
        List<Object> result = new ArrayList<>();
        statements.addAll(roundTrips.statementsOf(() -> result.add(query.get())));
        @SuppressWarnings("unchecked")
        T value = (T) result.get(0);
        return value;
    }

    private void authenticate(String caller) {
        identityService.setAuthentication(caller, groupsOf(caller), tenantsOf(caller));
    }

    private List<String> groupsOf(String userId) {
        return identityService.createGroupQuery().groupMember(userId).list().stream()
                .map(Group::getId)
                .toList();
    }

    private List<String> tenantsOf(String userId) {
        return identityService.createTenantQuery().userMember(userId).includingGroupsOfUser(true).list().stream()
                .map(Tenant::getId)
                .toList();
    }

    private static List<String> ids(List<Task> tasks) {
        return tasks.stream().map(Task::getId).toList();
    }
}
