package org.peaceops.engine.access;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.peaceops.engine.camunda.EngineCommands;
import org.peaceops.engine.camunda.EveryTenantCallers;
import org.peaceops.engine.registry.TransitionRegistry;
import org.peaceops.engine.shared.InThisTransaction;
import org.peaceops.engine.shared.WorkingLanguage;
import org.springframework.stereotype.Service;

/**
 * One tenant per operation (tenant id = operation code), and a Tasklist filter per operation for its
 * own staff. Headquarters, managers and administrators belong to every tenant; an operation's own
 * staff are added one by one, so that staff of one operation never see another's. The operation's
 * filter is for its staff only: those who belong to every operation follow them all in one filter,
 * {@value AccessSetup#OPERATIONS_IN_TRANSITION}, so that a new operation adds no filter to their list.
 * The operation's filter is named in its working language, and its staff's own filters follow
 * ({@link StaffFilters}).
 */
@Service
public class OperationTenants {

    private final IdentityService identityService;
    private final FilterService filterService;
    private final TaskService taskService;
    private final AuthorizationService authorizationService;
    private final EngineCommands commands;
    private final TransitionRegistry registry;
    private final FilterTexts texts;
    private final StaffFilters staffFilters;
    private final InThisTransaction<String, Boolean> openedWithoutStaff = new InThisTransaction<>();

    public OperationTenants(
            IdentityService identityService,
            FilterService filterService,
            TaskService taskService,
            AuthorizationService authorizationService,
            EngineCommands commands,
            EveryTenantCallers everyTenantCallers,
            TransitionRegistry registry,
            FilterTexts texts,
            StaffFilters staffFilters) {
        // only these groups are in every tenant by rule; the engine spares their members its tenant check
        everyTenantCallers.spareMembersOf(java.util.Set.copyOf(everyTenantGroups()));
        this.identityService = identityService;
        this.filterService = filterService;
        this.taskService = taskService;
        this.authorizationService = authorizationService;
        this.commands = commands;
        this.registry = registry;
        this.texts = texts;
        this.staffFilters = staffFilters;
    }

    /** Creates the operation's tenant and filter, with headquarters and administrators in, unless it exists. */
    public void open(String operationCode, String operationName) {
        open(operationCode, operationName, null);
    }

    /**
     * The same, for a caller who knows the operation's working language (it registered the operation):
     * the filter is named in it without reading it back from the registry. Null: read from the registry.
     */
    public void open(String operationCode, String operationName, WorkingLanguage language) {
        // Registering a transition needs no identity rights of the person who starts it.
        withoutAuthorization(() -> {
            if (identityService.createTenantQuery().tenantId(operationCode).count() > 0) {
                return;
            }
            var tenant = identityService.newTenant(operationCode);
            tenant.setName(operationName);
            identityService.saveTenant(tenant);
            createFilter(
                    operationCode,
                    operationName,
                    language != null ? language : registry.workingLanguage(operationCode));
            // one query for the groups that exist; the memberships then find them in the command's cache
            var existing = identityService
                    .createGroupQuery()
                    .groupIdIn(everyTenantGroups().toArray(String[]::new))
                    .list();
            for (var group : existing) {
                identityService.createTenantGroupMembership(operationCode, group.getId());
            }
            openedWithoutStaff.remember(operationCode, Boolean.TRUE);
        });
    }

    /**
     * Whether this transaction opened the operation's tenant and has put no one on its staff since: its
     * staff is known to be empty without a read.
     */
    public boolean openedWithoutStaffInThisTransaction(String operationCode) {
        return openedWithoutStaff.recall(operationCode).orElse(false);
    }

    /**
     * Adds a member of the operation's staff to its tenant and its filter, unless already there, and
     * gives them their own filters in the operation's working language (or keeps them in French).
     */
    public void addStaff(String operationCode, String userId) {
        withoutAuthorization(() -> {
            boolean member = identityService
                            .createTenantQuery()
                            .tenantId(operationCode)
                            .userMember(userId)
                            .count()
                    > 0;
            if (!member) {
                openedWithoutStaff.forget(operationCode);
                identityService.createTenantUserMembership(operationCode, userId);
                Filter filter = filterService
                        .createFilterQuery()
                        .filterName(filterName(operationCode))
                        .singleResult();
                if (filter != null) {
                    grantFilter(filter.getId(), userId);
                }
                staffFilters.settle(userId, operationCode);
            }
        });
    }

    /**
     * Takes a person off the operation's staff: out of its tenant and its filter. Their open tasks stay
     * with their groups.
     */
    public void removeStaff(String operationCode, String userId) {
        withoutAuthorization(() -> {
            identityService.deleteTenantUserMembership(operationCode, userId);
            Filter filter = filterService
                    .createFilterQuery()
                    .filterName(filterName(operationCode))
                    .singleResult();
            if (filter != null) {
                authorizationService
                        .createAuthorizationQuery()
                        .userIdIn(userId)
                        .resourceType(Resources.FILTER)
                        .resourceId(filter.getId())
                        .list()
                        .forEach(grant -> authorizationService.deleteAuthorization(grant.getId()));
            }
            // their own filters follow the operations they are still staff of
            staffFilters.settle(userId, null);
        });
    }

    /** The name of the operation's filter, in its working language. */
    public String filterName(String operationCode) {
        return filterName(operationCode, registry.workingLanguage(operationCode));
    }

    private String filterName(String operationCode, WorkingLanguage language) {
        return texts.text("operation.name", language, operationCode);
    }

    /** The start of an operation filter's name in English, as databases from before named them all. */
    static final String FILTER_PREFIX = "Operation ";

    /**
     * For a database from before the working languages: the filters of operations that work in another
     * language than English, named in English then, take their name and description in it.
     */
    void nameFiltersInWorkingLanguages() {
        for (var tenant : identityService.createTenantQuery().list()) {
            String code = tenant.getId();
            WorkingLanguage language = registry.workingLanguage(code);
            if (language == WorkingLanguage.DEFAULT) {
                continue;
            }
            Filter filter = filterService
                    .createFilterQuery()
                    .filterName(filterName(code, WorkingLanguage.DEFAULT))
                    .singleResult();
            if (filter != null) {
                filter.setName(filterName(code, language));
                filter.setProperties(properties(code, tenant.getName(), language));
                filterService.saveFilter(filter);
            }
        }
    }

    static List<String> everyTenantGroups() {
        List<String> groups = new ArrayList<>(ActorGroup.headquartersIds());
        groups.add(OversightGroup.TRANSITION_MANAGERS.id());
        groups.add(Groups.CAMUNDA_ADMIN);
        return groups;
    }

    private void createFilter(String operationCode, String operationName, WorkingLanguage language) {
        Filter filter = filterService.newTaskFilter(filterName(operationCode, language));
        filter.setQuery(taskService
                .createTaskQuery()
                .tenantIdIn(operationCode)
                .or()
                .taskAssigneeExpression("${currentUser()}")
                .taskCandidateGroupInExpression("${currentUserGroups()}")
                .endOr());
        filter.setProperties(properties(operationCode, operationName, language));
        filterService.saveFilter(filter);
    }

    private Map<String, Object> properties(String operationCode, String operationName, WorkingLanguage language) {
        return Map.of(
                "description",
                texts.text("operation.description", language, operationCode, operationName),
                "priority",
                10,
                "refresh",
                true,
                // whatever the filter's name in its language, pages find an operation's filter by this
                "operation",
                operationCode);
    }

    private void grantFilter(String filterId, String userId) {
        Authorization read = authorizationService.createNewAuthorization(AUTH_TYPE_GRANT);
        read.setUserId(userId);
        read.setResource(Resources.FILTER);
        read.setResourceId(filterId);
        read.addPermission(Permissions.READ);
        authorizationService.saveAuthorization(read);
    }

    /** Managing tenants is not an act on the caller's behalf: it runs without their authorizations. */
    private void withoutAuthorization(Runnable work) {
        commands.withoutAuthorization(work);
    }
}
