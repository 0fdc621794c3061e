package org.peaceops.engine.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.peaceops.engine.EngineTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The engine spares the tenant check to callers of every tenant (camunda.EveryTenantCallers): they
 * see what the check would show them, and a caller short of a single tenant is checked as before.
 */
@EngineTest
class EveryTenantTaskListTest {

    @Autowired
    ProcessEngine engine;

    @AfterEach
    void signOut() {
        engine.getIdentityService().clearAuthentication();
    }

    @Test
    void aCallerOfEveryTenantSeesEveryOperationsTasksOfTheirGroup() {
        signIn(everyTenant());

        List<Task> tasks = hqTasks();

        assertThat(tasks).extracting(Task::getName).contains("TRAINEX: Draft terms of reference");
        assertThat(tasks).extracting(Task::getTenantId).doesNotContainNull();
    }

    @Test
    void aCallerShortOfOneTenantSeesNothingOfIt() {
        List<String> allButExercise = new ArrayList<>(everyTenant());
        allButExercise.remove("TRAINEX");
        signIn(allButExercise);

        List<Task> tasks = hqTasks();

        assertThat(tasks).extracting(Task::getTenantId).doesNotContain("TRAINEX");
    }

    @Test
    void onlyMembersOfAGroupOfEveryTenantAreSparedTheTenantCheck() {
        signIn(everyTenant());
        assertThat(tenantChecked()).as("headquarters in every tenant").isFalse();

        // staff who happen to be in every tenant of the list (a single operation; a tenant just created
        // on another node) are checked
        engine.getIdentityService().setAuthentication("transition-officer", List.of("transition-cell"), everyTenant());
        assertThat(tenantChecked()).as("staff in every tenant").isTrue();

        List<String> allButExercise = new ArrayList<>(everyTenant());
        allButExercise.remove("TRAINEX");
        signIn(allButExercise);
        assertThat(tenantChecked()).as("headquarters short of one tenant").isTrue();
    }

    @Test
    void aSignInThatGainsTheMissingTenantInPlaceIsSparedFromItsNextCommandOn() {
        List<String> tenants = new ArrayList<>(everyTenant());
        tenants.remove("TRAINEX");
        signIn(tenants);
        assertThat(tenantChecked()).as("short of one tenant").isTrue();

        // the caller's very list, one longer (as a sign-in kept for its time to live may grow)
        engine.getIdentityService().getCurrentAuthentication().getTenantIds().add("TRAINEX");

        assertThat(tenantChecked()).as("in every tenant now").isFalse();
    }

    @Test
    void aSignInWhoseTenantIsSwappedForAnotherAtTheSameCountIsCheckedAgain() {
        signIn(everyTenant());
        assertThat(tenantChecked()).as("in every tenant").isFalse();

        List<String> tenants =
                engine.getIdentityService().getCurrentAuthentication().getTenantIds();
        tenants.set(tenants.indexOf("TRAINEX"), "AN-OPERATION-THAT-DOES-NOT-EXIST");

        assertThat(tenantChecked())
                .as("short of TRAINEX, as many tenants as before")
                .isTrue();
    }

    private boolean tenantChecked() {
        return ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
                .getCommandExecutorTxRequired()
                .execute(CommandContext::isTenantCheckEnabled);
    }

    private List<Task> hqTasks() {
        return engine.getTaskService()
                .createTaskQuery()
                .taskCandidateGroup("hq-task-force")
                .list();
    }

    private List<String> everyTenant() {
        return engine.getIdentityService().createTenantQuery().list().stream()
                .map(Tenant::getId)
                .toList();
    }

    private void signIn(List<String> tenants) {
        engine.getIdentityService().setAuthentication("hq-planner", List.of("hq-task-force"), tenants);
    }
}
