package org.peaceops.engine.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.peaceops.engine.EngineTest;
import org.springframework.beans.factory.annotation.Autowired;

/** The Tasklist filters work for staff as Tasklist runs them: signed in, with their groups and tenants. */
@EngineTest
class TasklistFiltersTest {

    @Autowired
    ProcessEngine engine;

    @AfterEach
    void signOut() {
        engine.getIdentityService().clearAuthentication();
        ClockUtil.reset();
    }

    @Test
    void everyStaffMemberSeesTheThreeFiltersAndOnePerOperationTheyWorkOn() {
        signIn("trainex-host", "host-government");

        assertThat(engine.getFilterService().createFilterQuery().list())
                .extracting(f -> f.getName())
                .containsExactlyInAnyOrder("My tasks", "My groups' tasks", "Due soon / overdue", "Operation TRAINEX");
    }

    @Test
    void headquartersFollowEveryOperationInOneFilterSortedByOperation() {
        signIn("hq-planner", "hq-task-force");

        List<Task> every = engine.getFilterService().list(filterId(AccessSetup.OPERATIONS_IN_TRANSITION));

        assertThat(every).extracting(Task::getName).contains("TRAINEX: Draft terms of reference");
        // operation by operation: each operation's tasks come together (in the database's collation)
        List<String> runs = new java.util.ArrayList<>();
        every.stream().map(Task::getTenantId).forEach(tenant -> {
            if (runs.isEmpty() || !java.util.Objects.equals(runs.get(runs.size() - 1), tenant)) {
                runs.add(tenant);
            }
        });
        assertThat(runs).doesNotHaveDuplicates();
        assertThat(engine.getFilterService().createFilterQuery().list())
                .extracting(f -> f.getName())
                .containsExactlyInAnyOrder(
                        "My tasks",
                        "My groups' tasks",
                        "Due soon / overdue",
                        "HQ integrated task force",
                        AccessSetup.OPERATIONS_IN_TRANSITION);
    }

    @Test
    void anOperationsStaffFindTheirTasksInItsFilter() {
        // as the job executor would: MONUSCO's phase 5 opens
        var jobs = engine.getManagementService();
        jobs.createJobQuery().tenantIdIn("MONUSCO").executable().list().stream()
                .filter(job -> "drawdown-phase".equals(job.getProcessDefinitionKey()))
                .forEach(job -> jobs.executeJob(job.getId()));
        signIn("security-officer", "undss");

        List<Task> monusco = engine.getFilterService().list(filterId("Opération MONUSCO"));

        assertThat(monusco)
                .extracting(Task::getName)
                .as("named in MONUSCO's working language, French")
                .containsExactly("MONUSCO\u00a0: Évaluer le risque de sécurité de la phase 5 (Disengagement phase 2:"
                        + " North Kivu)");
        signIn("monusco-leadership", "mission-leadership");
        assertThat(engine.getFilterService()
                        .createFilterQuery()
                        .filterName("Operation TRAINEX")
                        .count())
                .isZero();
    }

    @Test
    void myGroupsTasksListsTheUnclaimedTasksRoutedToTheCallersGroups() {
        signIn("hq-planner", "hq-task-force");

        List<Task> tasks = engine.getFilterService().list(filterId("My groups' tasks"));

        assertThat(tasks).extracting(Task::getName).contains("TRAINEX: Draft terms of reference");
    }

    @Test
    void dueSoonListsTasksDueWithinAWeek() {
        signIn("hq-planner", "hq-task-force");

        List<Task> dueSoon = engine.getFilterService().list(filterId("Due soon / overdue"));
        List<Task> mine = engine.getFilterService().list(filterId("My tasks"));

        // the terms of reference are due in 14 days: not yet due soon, but ten days on they are
        assertThat(dueSoon).extracting(Task::getName).doesNotContain("TRAINEX: Draft terms of reference");
        assertThat(mine).isEmpty();
        ClockUtil.setCurrentTime(Date.from(Instant.now().plus(10, ChronoUnit.DAYS)));
        List<Task> tenDaysOn = engine.getFilterService().list(filterId("Due soon / overdue"));
        assertThat(tenDaysOn).extracting(Task::getName).contains("TRAINEX: Draft terms of reference");
    }

    @Test
    void staffOfOtherGroupsDoNotSeeTheTask() {
        signIn("trainex-host", "host-government");

        List<Task> tasks = engine.getFilterService().list(filterId("My groups' tasks"));

        assertThat(tasks).extracting(Task::getName).doesNotContain("TRAINEX: Draft terms of reference");
    }

    private String filterId(String name) {
        return engine.getFilterService()
                .createFilterQuery()
                .filterName(name)
                .singleResult()
                .getId();
    }

    private void signIn(String user, String group) {
        var tenants =
                engine
                        .getIdentityService()
                        .createTenantQuery()
                        .userMember(user)
                        .includingGroupsOfUser(true)
                        .list()
                        .stream()
                        .map(t -> t.getId())
                        .toList();
        engine.getIdentityService().setAuthentication(user, List.of(group), tenants);
    }
}
