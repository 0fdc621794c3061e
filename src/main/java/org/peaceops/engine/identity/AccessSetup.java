package org.peaceops.engine.identity;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GLOBAL;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.ProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.task.TaskQuery;
import org.camunda.bpm.spring.boot.starter.event.PostDeployEvent;
import org.peaceops.engine.assessment.StrategicAssessment;
import org.peaceops.engine.transition.TransitionLifecycle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The actor groups, what each may do, and the Tasklist filters every staff member sees. Runs at every
 * start in every profile and adds only what is missing, so changes made in Camunda Admin stay.
 *
 * <p>Staff get no PROCESS_DEFINITION READ_TASK or TASK_WORK: a task is theirs through the
 * authorization the engine creates for its candidate groups, so nobody works a task routed elsewhere.
 */
@Component
public class AccessSetup {

    private static final Logger LOG = LoggerFactory.getLogger(AccessSetup.class);

    private final IdentityService identityService;
    private final AuthorizationService authorizationService;
    private final FilterService filterService;
    private final TaskService taskService;

    public AccessSetup(
            IdentityService identityService,
            AuthorizationService authorizationService,
            FilterService filterService,
            TaskService taskService) {
        this.identityService = identityService;
        this.authorizationService = authorizationService;
        this.filterService = filterService;
        this.taskService = taskService;
    }

    @EventListener(PostDeployEvent.class)
    @Order(1)
    public void setUp() {
        for (ActorGroup group : ActorGroup.values()) {
            ensureGroup(group);
            grantGroup(group.id(), Resources.APPLICATION, "tasklist", Permissions.ACCESS);
            grantGroup(group.id(), Resources.PROCESS_DEFINITION, TransitionLifecycle.PROCESS_ID, Permissions.READ);
            grantGroup(group.id(), Resources.PROCESS_DEFINITION, StrategicAssessment.PROCESS_ID, Permissions.READ);
        }
        // Headquarters starts lifecycles (Tasklist's start form) and sends the Council's decision.
        String hq = ActorGroup.HQ_TASK_FORCE.id();
        grantGroup(
                hq,
                Resources.PROCESS_DEFINITION,
                TransitionLifecycle.PROCESS_ID,
                ProcessDefinitionPermissions.CREATE_INSTANCE,
                ProcessDefinitionPermissions.UPDATE_INSTANCE);
        grantGroup(hq, Resources.PROCESS_INSTANCE, ANY, ProcessInstancePermissions.CREATE);
        filters().forEach(this::ensureFilter);
    }

    private void ensureGroup(ActorGroup actor) {
        if (identityService.createGroupQuery().groupId(actor.id()).count() == 0) {
            var group = identityService.newGroup(actor.id());
            group.setName(actor.displayName());
            group.setType("WORKFLOW");
            identityService.saveGroup(group);
            LOG.info("Created group {}", actor.id());
        }
    }

    private void grantGroup(String groupId, Resource resource, String resourceId, Permission... permissions) {
        Authorization existing = authorizationService
                .createAuthorizationQuery()
                .groupIdIn(groupId)
                .resourceType(resource)
                .resourceId(resourceId)
                .singleResult();
        Authorization authorization = existing;
        if (authorization == null) {
            authorization = authorizationService.createNewAuthorization(AUTH_TYPE_GRANT);
            authorization.setGroupId(groupId);
            authorization.setResource(resource);
            authorization.setResourceId(resourceId);
        }
        boolean missing = false;
        for (Permission permission : permissions) {
            if (!authorization.isPermissionGranted(permission)) {
                authorization.addPermission(permission);
                missing = true;
            }
        }
        if (existing == null || missing) {
            authorizationService.saveAuthorization(authorization);
        }
    }

    private Map<String, TaskFilter> filters() {
        return Map.of(
                "My tasks",
                new TaskFilter(
                        -10,
                        "Tasks assigned to me",
                        taskService.createTaskQuery().taskAssigneeExpression("${currentUser()}")),
                "My groups' tasks",
                new TaskFilter(
                        -5,
                        "Unclaimed tasks for my groups",
                        taskService.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}")),
                "Due soon / overdue",
                new TaskFilter(
                        0,
                        "My tasks and my groups' tasks due within 7 days or overdue",
                        taskService
                                .createTaskQuery()
                                .or()
                                .taskAssigneeExpression("${currentUser()}")
                                .taskCandidateGroupInExpression("${currentUserGroups()}")
                                .endOr()
                                .dueBeforeExpression("${dateTime().plusDays(7)}")));
    }

    private void ensureFilter(String name, TaskFilter definition) {
        if (filterService.createFilterQuery().filterName(name).count() > 0) {
            return;
        }
        var filter = filterService.newTaskFilter(name);
        filter.setOwner(null);
        filter.setQuery(definition.query());
        filter.setProperties(Map.of(
                "description",
                definition.description(),
                "priority",
                definition.priority(),
                "refresh",
                true,
                "variables",
                java.util.List.of(
                        Map.of("name", TransitionLifecycle.OPERATION_CODE, "label", "Operation"),
                        Map.of("name", TransitionLifecycle.OPERATION_NAME, "label", "Name"))));
        filterService.saveFilter(filter);
        Authorization read = authorizationService.createNewAuthorization(AUTH_TYPE_GLOBAL);
        read.setUserId(ANY);
        read.setResource(Resources.FILTER);
        read.setResourceId(filter.getId());
        read.addPermission(Permissions.READ);
        authorizationService.saveAuthorization(read);
        LOG.info("Created Tasklist filter '{}'", name);
    }

    private record TaskFilter(int priority, String description, TaskQuery query) {}
}
