package org.peaceops.engine.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.peaceops.engine.EngineTest;
import org.peaceops.engine.transition.TransitionLifecycle;
import org.springframework.beans.factory.annotation.Autowired;

/** The demo loads once: a later start with the same database leaves what exists alone. */
@EngineTest
class DemoDataTest {

    @Autowired
    ProcessEngine engine;

    @Autowired
    DemoData demoData;

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
                            .groupId(user.group().id())
                            .count())
                    .as(user.id())
                    .isOne();
            assertThat(identity.createTenantQuery()
                            .userMember(user.id())
                            .tenantId(DemoData.EXERCISE)
                            .count())
                    .as("%s is a member of the exercise", user.id())
                    .isEqualTo(user.exerciseStaff() ? 1 : 0);
        }
    }

    @Test
    void theTrainingExerciseWaitsAtTheStrategicAssessment() {
        var lifecycle = engine.getRuntimeService()
                .createProcessInstanceQuery()
                .processDefinitionKey(TransitionLifecycle.PROCESS_ID)
                .processInstanceBusinessKey(DemoData.EXERCISE)
                .singleResult();

        assertThat(lifecycle).isNotNull();
        assertThat(lifecycle.getTenantId()).isEqualTo(DemoData.EXERCISE);
        assertThat(engine.getRuntimeService().getActiveActivityIds(lifecycle.getId()))
                .containsExactly("CallActivity_StrategicAssessment");
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
