package org.peaceops.engine.demo;

import static org.peaceops.engine.transition.TransitionLifecycle.*;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.spring.boot.starter.event.PostDeployEvent;
import org.peaceops.engine.identity.ActorGroup;
import org.peaceops.engine.identity.OperationTenants;
import org.peaceops.engine.transition.TransitionLifecycle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo: one user per actor group (password = user id) and a training exercise whose lifecycle
 * waits at the strategic assessment. Loads once per database: a marker in the engine's properties
 * says it has, and later starts leave everything as users changed it.
 */
@Component
@Profile("demo")
public class DemoData {

    static final String LOADED_MARKER = "transition-engine.demo-data-loaded";
    static final String EXERCISE = "TRAINEX";

    /** Demo users: id, first name, last name, group, and whether they are the exercise's own staff. */
    static final List<DemoUser> USERS = List.of(
            new DemoUser("hq-planner", "Hana", "Planner", ActorGroup.HQ_TASK_FORCE, false),
            new DemoUser("eosg-officer", "Elias", "Osei", ActorGroup.EOSG, false),
            new DemoUser("analyst", "Amara", "Analyst", ActorGroup.MISSION_ANALYSIS, true),
            new DemoUser("poc-officer", "Paulo", "Okafor", ActorGroup.POC_UNIT, true),
            new DemoUser("gender-officer", "Grace", "Mbeki", ActorGroup.GENDER_ADVISER, true),
            new DemoUser("hr-officer", "Hugo", "Rossi", ActorGroup.HUMAN_RIGHTS, true),
            new DemoUser("trainex-host", "Tamar", "Host", ActorGroup.HOST_GOVERNMENT, true),
            new DemoUser("trainex-unct", "Uma", "Coordinator", ActorGroup.RC_UNCT, true),
            new DemoUser("cso-liaison", "Chidi", "Liaison", ActorGroup.CIVIL_SOCIETY_LIAISON, true));

    private static final Logger LOG = LoggerFactory.getLogger(DemoData.class);

    private final IdentityService identityService;
    private final ManagementService managementService;
    private final RepositoryService repositoryService;
    private final FormService formService;
    private final OperationTenants tenants;
    private final Clock clock;

    public DemoData(
            IdentityService identityService,
            ManagementService managementService,
            RepositoryService repositoryService,
            FormService formService,
            OperationTenants tenants,
            Clock clock) {
        this.identityService = identityService;
        this.managementService = managementService;
        this.repositoryService = repositoryService;
        this.formService = formService;
        this.tenants = tenants;
        this.clock = clock;
    }

    @EventListener(PostDeployEvent.class)
    @Order(2)
    public void load() {
        if (managementService.getProperties().containsKey(LOADED_MARKER)) {
            LOG.info("Demo data already loaded; leaving it as it is");
            return;
        }
        USERS.forEach(this::createUser);
        startExercise();
        managementService.setProperty(LOADED_MARKER, LocalDate.now(clock).toString());
        LOG.info("Demo data loaded: {} users, training exercise {}", USERS.size(), EXERCISE);
    }

    private void createUser(DemoUser demo) {
        if (identityService.createUserQuery().userId(demo.id()).count() > 0) {
            return;
        }
        User user = identityService.newUser(demo.id());
        user.setFirstName(demo.firstName());
        user.setLastName(demo.lastName());
        user.setPassword(demo.id());
        user.setEmail(demo.id() + "@demo.invalid");
        identityService.saveUser(user);
        identityService.createMembership(demo.id(), demo.group().id());
    }

    /** Starts the exercise as HQ would, through the start form, then adds its staff to its tenant. */
    private void startExercise() {
        String definitionId = repositoryService
                .createProcessDefinitionQuery()
                .processDefinitionKey(TransitionLifecycle.PROCESS_ID)
                .latestVersion()
                .singleResult()
                .getId();
        identityService.setAuthentication("hq-planner", List.of(ActorGroup.HQ_TASK_FORCE.id()), List.of());
        try {
            formService.submitStartForm(
                    definitionId,
                    EXERCISE,
                    Map.of(
                            OPERATION_CODE, EXERCISE,
                            OPERATION_NAME, "Training exercise: UN Transition Mission in Arcadia (fictional)",
                            HOST_COUNTRY, "XAR",
                            TRANSITION_TRIGGER, "PLANNED",
                            TRANSITION_STARTED_ON, LocalDate.now(clock).toString()));
        } finally {
            identityService.clearAuthentication();
        }
        USERS.stream().filter(DemoUser::exerciseStaff).forEach(u -> tenants.addStaff(EXERCISE, u.id()));
    }

    record DemoUser(String id, String firstName, String lastName, ActorGroup group, boolean exerciseStaff) {}
}
