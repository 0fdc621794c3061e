package org.peaceops.engine.camunda;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.peaceops.engine.EngineTest;
import org.peaceops.engine.RoundTripCounter;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A caller's authorization checks use every group of theirs without first reading which groups hold
 * grants (a scan of the whole grant table per command), and answer as the engine's filtered checks do.
 */
@EngineTest
class CallerGroupChecksTest {

    static final String NO_GRANTS = "a-group-without-any-grant";

    @Autowired
    ProcessEngine engine;

    @Autowired
    RoundTripCounter roundTrips;

    @AfterEach
    void signOut() {
        engine.getIdentityService().clearAuthentication();
    }

    @Test
    void aCallersTaskListReadsNoListOfTheGroupsHoldingGrants() {
        signIn(List.of("hq-task-force", NO_GRANTS));
        List<Task> tasks = new ArrayList<>();

        List<String> statements = roundTrips.statementsOf(() -> tasks.addAll(trainexTasks()));

        assertThat(tasks).extracting(Task::getName).contains("TRAINEX: Draft terms of reference");
        assertThat(statements)
                .as("the statements of the task list")
                .isNotEmpty()
                .noneMatch(sql -> sql.replaceAll("\\s+", " ").toUpperCase().contains("DISTINCT(A.GROUP_ID_)"));
    }

    @Test
    void aGroupWithoutGrantsAddsNothingToWhatTheCallerSees() {
        signIn(List.of("hq-task-force"));
        List<String> withItsGroup = names(trainexTasks());
        signIn(List.of("hq-task-force", NO_GRANTS));
        List<String> withBoth = names(trainexTasks());
        signIn(List.of(NO_GRANTS));
        List<String> withoutGrants = names(trainexTasks());

        assertThat(withItsGroup).isNotEmpty();
        assertThat(withBoth).containsExactlyInAnyOrderElementsOf(withItsGroup);
        assertThat(withoutGrants).isEmpty();
    }

    private List<Task> trainexTasks() {
        return engine.getTaskService().createTaskQuery().tenantIdIn("TRAINEX").list();
    }

    private static List<String> names(List<Task> tasks) {
        return tasks.stream().map(Task::getName).toList();
    }

    private void signIn(List<String> groups) {
        engine.getIdentityService().setAuthentication("someone-at-headquarters", groups, List.of("TRAINEX"));
    }
}
