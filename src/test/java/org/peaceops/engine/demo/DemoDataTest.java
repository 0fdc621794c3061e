package org.peaceops.engine.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.peaceops.engine.EngineTest;
import org.peaceops.engine.drawdown.DrawdownAlert;
import org.peaceops.engine.escalation.Escalations;
import org.peaceops.engine.lifecycle.TransitionLifecycle;
import org.peaceops.engine.registry.TransitionRecord;
import org.peaceops.engine.registry.TransitionRegistry;
import org.peaceops.engine.shared.Stage;
import org.peaceops.engine.shared.WorkingLanguage;
import org.springframework.beans.factory.annotation.Autowired;

/** The demo loads once: a later start with the same database leaves what exists alone. */
@EngineTest
class DemoDataTest {

    @Autowired
    ProcessEngine engine;

    @Autowired
    DemoData demoData;

    @Autowired
    TransitionRegistry registry;

    @Autowired
    Escalations escalations;

    @Test
    void everyDemoUserSignsInWithTheirIdAsPasswordAndBelongsToTheirGroup() {
        var identity = engine.getIdentityService();
        assertThat(identity.checkPassword("demo", "demo")).isTrue();
        assertThat(identity.createGroupQuery()
                        .groupMember("demo")
                        .groupId("camunda-admin")
                        .count())
                .isOne();
        for (var user : DemoData.USERS) {
            assertThat(identity.checkPassword(user.id(), user.id()))
                    .as(user.id())
                    .isTrue();
            assertThat(identity.createGroupQuery()
                            .groupMember(user.id())
                            .groupId(user.group())
                            .count())
                    .as(user.id())
                    .isOne();
            assertThat(identity.createTenantQuery().userMember(user.id()).list())
                    .as("%s is a member of exactly their operations' tenants", user.id())
                    .extracting(t -> t.getId())
                    .containsExactlyInAnyOrderElementsOf(user.operations());
        }
    }

    @Test
    void theTrainingExerciseWaitsAtTheStrategicAssessmentAndMonuscoAtItsFirstOpenPhase() {
        assertThat(activeIn(DemoData.EXERCISE)).containsExactly("CallActivity_StrategicAssessment");
        // MONUSCO is in drawdown: phases 1 to 4 are completed, phase 5 (North Kivu) is on hold
        assertThat(activeIn(DemoData.MONUSCO)).contains("CallActivity_DrawdownPhase");
    }

    @Test
    void theExercisesTermsOfReferenceShowLessonsOfTheReferencePortfoliosCompletedTransitions() {
        var task = engine.getTaskService()
                .createTaskQuery()
                .processInstanceBusinessKey(DemoData.EXERCISE)
                .taskDefinitionKey("Task_DraftTermsOfReference")
                .singleResult();
        String lessons = (String) engine.getTaskService().getVariableLocal(task.getId(), "relevantLessons");
        assertThat(lessons)
                .as("lessons recorded before the exercise started, and read when its first task was created")
                .containsAnyOf(DemoLessons.LESSONS.stream()
                        .map(l -> l.lesson().title())
                        .toArray(String[]::new))
                .doesNotContain("No lesson");
    }

    @Test
    void monuscosFirstCheckOfItsDrawdownDatesIsDueAtOnceAndEscalatesMinembwe() {
        var jobs = engine.getManagementService();
        var check = jobs.createJobQuery()
                .tenantIdIn(DemoData.MONUSCO)
                .activityId(TransitionLifecycle.START_DRAWDOWN_CHECK_DUE)
                .singleResult();
        assertThat(check.getDuedate()).as("brought forward").isBeforeOrEqualTo(new java.util.Date());

        // as the job executor would
        jobs.executeJob(check.getId());
        jobs.createJobQuery()
                .tenantIdIn(DemoData.MONUSCO)
                .activityId(DrawdownAlert.TASK_CHECK_SCHEDULE)
                .list()
                .forEach(job -> jobs.executeJob(job.getId()));

        assertThat(escalations.open(DemoData.MONUSCO))
                .filteredOn(e -> e.kind().equals(DrawdownAlert.SITE_OVERDUE))
                .singleElement()
                .satisfies(e -> assertThat(e.reason())
                        .startsWith("Minembwe (phase 4 (Disengagement phase 1: South Kivu)) is still open")
                        .endsWith("after its planned closure on 2024-06-30"));
        assertThat(engine.getTaskService()
                        .createTaskQuery()
                        .tenantIdIn(DemoData.MONUSCO)
                        .taskDefinitionKey(DrawdownAlert.TASK_RESOLVE_OVERDUE_SITE)
                        .singleResult()
                        .getName())
                .as("named in MONUSCO's working language, French")
                .isEqualTo("MONUSCO\u00a0: Fermer le site dont la date prévue est dépassée\u00a0: Minembwe");
    }

    @Test
    void theSixReferenceOperationsAreImportedAndOnlyMonuscoHasALifecycle() {
        assertThat(registry.all())
                .extracting(TransitionRecord::operationCode)
                .contains("MONUSCO", "UNAMID", "UNIOGBIS", "UNMIL", "UNOCI", "MINUJUSTH", "TRAINEX");
        for (String completed : java.util.List.of("UNAMID", "UNIOGBIS", "UNMIL", "UNOCI", "MINUJUSTH")) {
            assertThat(registry.find(completed).orElseThrow().stage())
                    .as(completed)
                    .isEqualTo(Stage.COMPLETED);
            assertThat(engine.getRuntimeService()
                            .createProcessInstanceQuery()
                            .processInstanceBusinessKey(completed)
                            .count())
                    .as(completed)
                    .isZero();
        }
    }

    private java.util.List<String> activeIn(String operation) {
        var lifecycle = engine.getRuntimeService()
                .createProcessInstanceQuery()
                .processDefinitionKey(TransitionLifecycle.PROCESS_ID)
                .processInstanceBusinessKey(operation)
                .singleResult();
        assertThat(lifecycle.getTenantId()).isEqualTo(operation);
        return engine.getRuntimeService().getActiveActivityIds(lifecycle.getId());
    }

    @Test
    void monuscoIsRegisteredFromTheReferencePortfolio() {
        var monusco = registry.find(DemoData.MONUSCO).orElseThrow();

        assertThat(monusco.operationName())
                .isEqualTo("United Nations Organization Stabilization Mission in the Democratic Republic of the Congo");
        assertThat(monusco.hostCountry()).isEqualTo("COD");
        assertThat(monusco.trigger()).isEqualTo("COUNCIL_DECISION");
        assertThat(monusco.startedOn()).hasToString("2020-10-26");
        assertThat(monusco.workingLanguage()).isEqualTo(WorkingLanguage.FR);
        assertThat(registry.find(DemoData.EXERCISE).orElseThrow().workingLanguage())
                .as("the training exercise is in English")
                .isEqualTo(WorkingLanguage.EN);
    }

    @Test
    void demoPeopleAreNamedAfterTheirRoleNotAfterAnyonePublic() {
        assertThat(DemoData.USERS)
                .extracting(DemoData.DemoUser::lastName)
                .doesNotContain("Kabila", "Tshisekedi", "Mbeki", "Osei", "Diallo");
        assertThat(engine.getIdentityService()
                        .createUserQuery()
                        .userId("monusco-host")
                        .singleResult()
                        .getLastName())
                .isEqualTo("Host");
    }

    @Test
    void loadingAgainChangesNothingEvenWhereUsersChangedTheDemo() {
        var identity = engine.getIdentityService();
        var user = identity.createUserQuery().userId("analyst").singleResult();
        user.setPassword("changed-by-the-user");
        identity.saveUser(user);
        long users = identity.createUserQuery().count();
        long instances = engine.getRuntimeService().createProcessInstanceQuery().count();
        try {
            demoData.load();

            assertThat(identity.createUserQuery().count()).isEqualTo(users);
            assertThat(engine.getRuntimeService().createProcessInstanceQuery().count())
                    .isEqualTo(instances);
            assertThat(identity.checkPassword("analyst", "changed-by-the-user")).isTrue();
        } finally {
            user.setPassword("analyst");
            identity.saveUser(user);
        }
    }
}
