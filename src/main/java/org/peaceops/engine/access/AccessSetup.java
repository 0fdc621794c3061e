package org.peaceops.engine.access;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GLOBAL;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.ProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.camunda.bpm.spring.boot.starter.event.PostDeployEvent;
import org.peaceops.engine.shared.OperationVariables;
import org.peaceops.engine.shared.ProcessKeys;
import org.peaceops.engine.shared.WorkingLanguage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The actor groups, what each may do, and the Tasklist filters. Runs at every
 * start in every profile and adds only what is missing, so changes made in Camunda Admin stay.
 *
 * <p>Staff get no PROCESS_DEFINITION READ_TASK or TASK_WORK: a task is theirs through the
 * authorization the engine creates for its candidate groups, so nobody works a task routed elsewhere.
 */
@Component
public class AccessSetup {

    private static final Logger LOG = LoggerFactory.getLogger(AccessSetup.class);

    /** The one filter over every operation, for those who belong to every operation. */
    public static final String OPERATIONS_IN_TRANSITION = "Operations in transition";

    /** Engine property set once the grants of the per-operation filters were withdrawn from headquarters. */
    static final String FILTERS_WITHDRAWN = "transition.operation-filters-withdrawn";

    /** Engine property set once the staff's filters of a database from before took their working languages. */
    static final String FILTERS_IN_WORKING_LANGUAGES = "transition.filters-in-working-languages";

    private static final List<String> PROCESSES = List.of(
            ProcessKeys.TRANSITION_LIFECYCLE,
            ProcessKeys.STRATEGIC_ASSESSMENT,
            ProcessKeys.JOINT_TRANSITION_PLANNING,
            ProcessKeys.BENCHMARK_REVIEW,
            ProcessKeys.PBC_CONSULTATION,
            ProcessKeys.COUNCIL_REPORTING,
            ProcessKeys.DRAWDOWN_PHASE,
            ProcessKeys.CLOSURE,
            ProcessKeys.POST_TRANSITION_MONITORING,
            ProcessKeys.OPERATION_STAFFING);

    private final IdentityService identityService;
    private final AuthorizationService authorizationService;
    private final FilterService filterService;
    private final TaskService taskService;
    private final ManagementService managementService;
    private final StaffFilters staffFilters;
    private final OperationTenants tenants;
    private final FilterTexts texts;

    public AccessSetup(
            IdentityService identityService,
            AuthorizationService authorizationService,
            FilterService filterService,
            TaskService taskService,
            ManagementService managementService,
            StaffFilters staffFilters,
            OperationTenants tenants,
            FilterTexts texts) {
        this.identityService = identityService;
        this.authorizationService = authorizationService;
        this.filterService = filterService;
        this.taskService = taskService;
        this.managementService = managementService;
        this.staffFilters = staffFilters;
        this.tenants = tenants;
        this.texts = texts;
    }

    @EventListener(PostDeployEvent.class)
    @Order(1)
    public void setUp() {
        for (ActorGroup group : ActorGroup.values()) {
            ensureGroup(group.id(), group.displayName());
            grantGroup(group.id(), Resources.APPLICATION, "tasklist", Permissions.ACCESS);
            for (String process : PROCESSES) {
                grantGroup(group.id(), Resources.PROCESS_DEFINITION, process, Permissions.READ);
            }
        }
        // Headquarters and mission leadership follow their operations' instances and history (the
        // tenant check keeps each to its operations); other staff see their tasks, not the instances.
        for (String overseer : List.of(ActorGroup.HQ_TASK_FORCE.id(), ActorGroup.MISSION_LEADERSHIP.id())) {
            for (String process : PROCESSES) {
                grantGroup(
                        overseer,
                        Resources.PROCESS_DEFINITION,
                        process,
                        ProcessDefinitionPermissions.READ,
                        ProcessDefinitionPermissions.READ_INSTANCE,
                        ProcessDefinitionPermissions.READ_HISTORY);
            }
        }
        // Headquarters starts lifecycles (Tasklist's start form) and sends the Council's decision.
        String hq = ActorGroup.HQ_TASK_FORCE.id();
        grantGroup(
                hq,
                Resources.PROCESS_DEFINITION,
                ProcessKeys.TRANSITION_LIFECYCLE,
                ProcessDefinitionPermissions.CREATE_INSTANCE,
                ProcessDefinitionPermissions.UPDATE_INSTANCE);
        grantGroup(hq, Resources.PROCESS_INSTANCE, ANY, ProcessInstancePermissions.CREATE);
        // PBSO and headquarters may deliver the Commission's advice as a message (Message_PbcAdviceReceived)
        for (String pbcDesk : List.of(ActorGroup.PBSO.id(), hq)) {
            grantGroup(
                    pbcDesk,
                    Resources.PROCESS_DEFINITION,
                    ProcessKeys.PBC_CONSULTATION,
                    ProcessDefinitionPermissions.READ,
                    ProcessDefinitionPermissions.READ_INSTANCE,
                    ProcessDefinitionPermissions.UPDATE_INSTANCE);
        }
        setUpManagers();
        setUpDesigners();
        filters().forEach(this::ensureFilter);
        withdrawOperationFiltersFromEveryTenantGroups();
        nameStaffFiltersInWorkingLanguages();
        describeHeadquartersFiltersByName();
    }

    /** Managers follow every operation in Cockpit: they read everything, and change nothing. */
    private void setUpManagers() {
        String managers = OversightGroup.TRANSITION_MANAGERS.id();
        ensureGroup(managers, OversightGroup.TRANSITION_MANAGERS.displayName());
        grantGroup(managers, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
        grantGroup(managers, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
        grantGroup(
                managers,
                Resources.PROCESS_DEFINITION,
                ANY,
                ProcessDefinitionPermissions.READ,
                ProcessDefinitionPermissions.READ_INSTANCE,
                ProcessDefinitionPermissions.READ_HISTORY,
                ProcessDefinitionPermissions.READ_TASK);
        grantGroup(managers, Resources.PROCESS_INSTANCE, ANY, ProcessInstancePermissions.READ);
        grantGroup(managers, Resources.TASK, ANY, Permissions.READ);
        grantGroup(managers, Resources.DEPLOYMENT, ANY, Permissions.READ);
        grantGroup(managers, Resources.DECISION_DEFINITION, ANY, Permissions.READ, Permissions.READ_HISTORY);
        grantGroup(managers, Resources.DECISION_REQUIREMENTS_DEFINITION, ANY, Permissions.READ);
    }

    /** Designers deploy the models (Camunda Modeler deploys through the engine REST API). */
    private void setUpDesigners() {
        String designers = OversightGroup.PROCESS_DESIGNERS.id();
        ensureGroup(designers, OversightGroup.PROCESS_DESIGNERS.displayName());
        grantGroup(designers, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
        grantGroup(designers, Resources.DEPLOYMENT, ANY, Permissions.CREATE, Permissions.READ, Permissions.DELETE);
        grantGroup(designers, Resources.PROCESS_DEFINITION, ANY, Permissions.READ, Permissions.UPDATE);
        grantGroup(designers, Resources.DECISION_DEFINITION, ANY, Permissions.READ, Permissions.UPDATE);
        grantGroup(designers, Resources.DECISION_REQUIREMENTS_DEFINITION, ANY, Permissions.READ);
    }

    private void ensureGroup(String id, String name) {
        if (identityService.createGroupQuery().groupId(id).count() == 0) {
            var group = identityService.newGroup(id);
            group.setName(name);
            group.setType("WORKFLOW");
            identityService.saveGroup(group);
            LOG.info("Created group {}", id);
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

    /**
     * A fixed set of filters, whatever the number of operations: three for everyone, in each working
     * language ({@link StaffFilters}), one per headquarters role for its members, and one over every operation for those who belong to every
     * operation. Each operation's own filter is for its staff ({@link OperationTenants}).
     */
    private List<TaskFilter> filters() {
        List<TaskFilter> filters = new ArrayList<>();
        for (WorkingLanguage language : WorkingLanguage.values()) {
            filters.addAll(staffFilters.definitions(language));
        }
        for (ActorGroup role : ActorGroup.values()) {
            if (role.headquarters()) {
                filters.add(new TaskFilter(
                        role.displayName(),
                        5,
                        headquartersFilterDescription(role.displayName()),
                        byOperation(taskService
                                .createTaskQuery()
                                .taskCandidateGroup(role.id())
                                .includeAssignedTasks()),
                        List.of(role.id()),
                        WorkingLanguage.DEFAULT));
            }
        }
        filters.add(new TaskFilter(
                OPERATIONS_IN_TRANSITION,
                20,
                "Every operation's tasks that I may see, operation by operation",
                byOperation(taskService.createTaskQuery()),
                OperationTenants.everyTenantGroups(),
                WorkingLanguage.DEFAULT));
        return filters;
    }

    private static String headquartersFilterDescription(String group) {
        return "Tasks routed to the " + group + ", claimed or not, by operation";
    }

    /**
     * Databases from before: headquarters' filters described their group by its id ("Tasks routed to
     * hq-task-force, ..."). A description still in that wording takes the group's name; one changed
     * in Admin since stays.
     */
    private void describeHeadquartersFiltersByName() {
        for (ActorGroup role : ActorGroup.values()) {
            if (!role.headquarters()) {
                continue;
            }
            Filter filter = filterService
                    .createFilterQuery()
                    .filterName(role.displayName())
                    .singleResult();
            String before = "Tasks routed to " + role.id() + ", claimed or not, by operation";
            if (filter != null && before.equals(filter.getProperties().get("description"))) {
                Map<String, Object> properties = new java.util.HashMap<>(filter.getProperties());
                properties.put("description", headquartersFilterDescription(role.displayName()));
                filter.setProperties(properties);
                filterService.saveFilter(filter);
            }
        }
    }

    /**
     * Databases from before the working languages: the filters of operations that work in French are
     * renamed in French, and their staff get their own filters in French. Once per database (engine
     * property {@value #FILTERS_IN_WORKING_LANGUAGES}), after which renaming or granting in Admin stays.
     */
    private void nameStaffFiltersInWorkingLanguages() {
        if (managementService.getProperties().containsKey(FILTERS_IN_WORKING_LANGUAGES)) {
            return;
        }
        managementService.setProperty(FILTERS_IN_WORKING_LANGUAGES, "done");
        tenants.nameFiltersInWorkingLanguages();
        staffFilters.settleEveryStaffMember();
    }

    /** Sorted by operation (its tenant), then by due date: Tasklist's own sorting comes after. */
    private static TaskQuery byOperation(TaskQuery query) {
        return query.orderByTenantId().asc().orderByDueDate().asc();
    }

    private void ensureFilter(TaskFilter definition) {
        if (filterService.createFilterQuery().filterName(definition.name()).count() > 0) {
            return;
        }
        var filter = filterService.newTaskFilter(definition.name());
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
                List.of(
                        Map.of(
                                "name",
                                OperationVariables.OPERATION_CODE,
                                "label",
                                texts.text("column.operation", definition.language())),
                        Map.of(
                                "name",
                                OperationVariables.OPERATION_NAME,
                                "label",
                                texts.text("column.name", definition.language())))));
        filterService.saveFilter(filter);
        // no groups: each person is granted it on joining an operation's staff (StaffFilters)
        if (definition.groups() == null) {
            Authorization read = authorizationService.createNewAuthorization(AUTH_TYPE_GLOBAL);
            read.setUserId(ANY);
            read.setResource(Resources.FILTER);
            read.setResourceId(filter.getId());
            read.addPermission(Permissions.READ);
            authorizationService.saveAuthorization(read);
        } else {
            for (String group : definition.groups()) {
                grantGroup(group, Resources.FILTER, filter.getId(), Permissions.READ);
            }
        }
        LOG.info("Created Tasklist filter '{}'", definition.name());
    }

    /**
     * Databases from before {@value #OPERATIONS_IN_TRANSITION}: the groups that belong to every
     * operation were granted each operation's filter, a list that grew with the portfolio. Their
     * grants go; the operations' staff keep theirs. Runs once per database (engine property {@value
     * #FILTERS_WITHDRAWN}).
     */
    private void withdrawOperationFiltersFromEveryTenantGroups() {
        // once per database: a grant an administrator gives later in Admin stays
        if (managementService.getProperties().containsKey(FILTERS_WITHDRAWN)) {
            return;
        }
        managementService.setProperty(FILTERS_WITHDRAWN, "done");
        List<Authorization> grants = authorizationService
                .createAuthorizationQuery()
                .resourceType(Resources.FILTER)
                .groupIdIn(OperationTenants.everyTenantGroups().toArray(String[]::new))
                .list();
        if (grants.isEmpty()) {
            return;
        }
        Set<String> operationFilters =
                filterService.createFilterQuery().filterNameLike(OperationTenants.FILTER_PREFIX + "%").list().stream()
                        .map(Filter::getId)
                        .collect(Collectors.toSet());
        List<Authorization> withdrawn = grants.stream()
                .filter(grant -> operationFilters.contains(grant.getResourceId()))
                .toList();
        withdrawn.forEach(grant -> authorizationService.deleteAuthorization(grant.getId()));
        if (!withdrawn.isEmpty()) {
            LOG.info(
                    "Withdrew {} grants of operation filters from the groups that see every operation",
                    withdrawn.size());
        }
    }
}
