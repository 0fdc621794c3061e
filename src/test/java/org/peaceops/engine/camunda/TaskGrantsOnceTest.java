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
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
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

    private TaskCallers callers;
    private String standaloneTask;

    @BeforeEach
    void callers() {
        callers = new TaskCallers(engine);
    }

    @AfterEach
    void removeWhatTheTestAdded() {
        identityService.clearAuthentication();
        callers.removeGrants();
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

        List<String> everyone = List.of(
                "hq-planner",
                "analyst",
                "trainex-host",
                "monusco-leadership",
                "eosg-officer",
                "manager",
                BY_DEFINITION,
                BY_EVERY_TASK,
                BY_OWN_TASK);
        for (String caller : everyone) {
            List<Task> readable = readableBy(caller);
            callers.signIn(caller);
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

            assertThat(TaskCallers.ids(listed))
                    .as(caller)
                    .containsExactlyInAnyOrderElementsOf(TaskCallers.ids(readable));
            assertThat(counted).as(caller).isEqualTo(readable.size());
            // the newest three: tasks made in the same instant may come in either order
            assertThat(page)
                    .as(caller)
                    .hasSize(Math.min(3, readable.size()))
                    .extracting(Task::getCreateTime)
                    .containsExactlyElementsOf(
                            readable.stream().limit(3).map(Task::getCreateTime).toList());
            assertThat(TaskCallers.ids(readable)).containsAll(TaskCallers.ids(page));
            // with a revoke anywhere the engine checks each task by sub-queries of its own: not rewritten
            assertThat(statements)
                    .as("%s's three task queries, rewritten", caller)
                    .filteredOn(sql -> sql.startsWith("WITH " + TaskGrantsOnce.GRANTS + " AS ("))
                    .hasSize(callers.onPostgres() && !callers.hasARevoke(caller) ? 3 : 0);
        }
        assertThat(everyone).filteredOn(caller -> !callers.hasARevoke(caller)).hasSizeGreaterThan(5);
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
        callers.grant(
                BY_DEFINITION,
                Resources.PROCESS_DEFINITION,
                StrategicAssessment.PROCESS_ID,
                ProcessDefinitionPermissions.READ_TASK);
        callers.grant(BY_EVERY_TASK, Resources.TASK, Authorization.ANY, Permissions.READ);
        Task task = taskService.newTask();
        task.setName("A task of no process");
        taskService.saveTask(task);
        standaloneTask = task.getId();
        callers.grant(BY_OWN_TASK, Resources.TASK, standaloneTask, Permissions.READ);
    }

    /** Every task the engine's check lets the caller read, in a tenant of theirs, newest first. */
    private List<Task> readableBy(String caller) {
        identityService.clearAuthentication();
        List<String> groups = callers.groupsOf(caller);
        List<String> tenants = callers.tenantsOf(caller);
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

    private <T> T asCaller(List<String> statements, Supplier<T> query) {
        List<Object> result = new ArrayList<>();
        statements.addAll(roundTrips.statementsOf(() -> result.add(query.get())));
        @SuppressWarnings("unchecked")
        T value = (T) result.get(0);
        return value;
    }
}
