package org.peaceops.engine.access;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_REVOKE;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.identity.User;
import org.peaceops.engine.registry.TransitionRegistry;
import org.peaceops.engine.shared.WorkingLanguage;
import org.springframework.stereotype.Component;

/**
 * The three filters every person works from (my tasks, my groups' tasks, due soon), once per working
 * language. The English ones are granted to everyone. A person on the staff of an operation that works
 * in another language sees that language's instead: granted to them, and the English ones revoked for
 * them (a person's revoke outranks the grant to everyone). Someone on the staff of operations in
 * English and in French sees the French ones, whatever the order they joined in: a francophone
 * operation's staff read French.
 */
@Component
class StaffFilters {

    private final TaskService taskService;
    private final FilterService filterService;
    private final AuthorizationService authorizationService;
    private final IdentityService identityService;
    private final TransitionRegistry registry;
    private final FilterTexts texts;

    StaffFilters(
            TaskService taskService,
            FilterService filterService,
            AuthorizationService authorizationService,
            IdentityService identityService,
            TransitionRegistry registry,
            FilterTexts texts) {
        this.taskService = taskService;
        this.filterService = filterService;
        this.authorizationService = authorizationService;
        this.identityService = identityService;
        this.registry = registry;
        this.texts = texts;
    }

    /** The three filters in the language: the English ones for everyone, the others granted person by person. */
    List<TaskFilter> definitions(WorkingLanguage language) {
        List<String> groups = language == WorkingLanguage.DEFAULT ? null : List.of();
        return List.of(
                new TaskFilter(
                        texts.text("my-tasks.name", language),
                        -10,
                        texts.text("my-tasks.description", language),
                        taskService.createTaskQuery().taskAssigneeExpression("${currentUser()}"),
                        groups,
                        language),
                new TaskFilter(
                        texts.text("my-groups-tasks.name", language),
                        -5,
                        texts.text("my-groups-tasks.description", language),
                        taskService.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}"),
                        groups,
                        language),
                new TaskFilter(
                        texts.text("due-soon.name", language),
                        0,
                        texts.text("due-soon.description", language),
                        taskService
                                .createTaskQuery()
                                .or()
                                .taskAssigneeExpression("${currentUser()}")
                                .taskCandidateGroupInExpression("${currentUserGroups()}")
                                .endOr()
                                .dueBeforeExpression("${dateTime().plusDays(7)}"),
                        groups,
                        language));
    }

    /**
     * Gives the person the three filters in the language of the operations they are staff of (their
     * own tenant memberships, and {@code joining}, whose membership the engine may not have written
     * yet): French if any of them works in French, English otherwise.
     */
    void settle(String userId, String joining) {
        WorkingLanguage language = languageOf(userId, joining);
        for (WorkingLanguage each : WorkingLanguage.values()) {
            boolean theirs = each == language;
            for (String filterId : filterIds(each)) {
                if (each == WorkingLanguage.DEFAULT) {
                    setAuthorization(userId, filterId, AUTH_TYPE_REVOKE, !theirs);
                } else {
                    setAuthorization(userId, filterId, AUTH_TYPE_GRANT, theirs);
                }
            }
        }
    }

    /** Settles every person who is staff of an operation: for a database from before the languages. */
    void settleEveryStaffMember() {
        Set<String> staff = new LinkedHashSet<>();
        for (Tenant tenant : identityService.createTenantQuery().list()) {
            identityService.createUserQuery().memberOfTenant(tenant.getId()).list().stream()
                    .map(User::getId)
                    .forEach(staff::add);
        }
        staff.forEach(userId -> settle(userId, null));
    }

    private WorkingLanguage languageOf(String userId, String joining) {
        Set<String> operations = new LinkedHashSet<>();
        if (joining != null) {
            operations.add(joining);
        }
        identityService.createTenantQuery().userMember(userId).list().stream()
                .map(Tenant::getId)
                .forEach(operations::add);
        return operations.stream()
                .map(registry::workingLanguage)
                .filter(language -> language != WorkingLanguage.DEFAULT)
                .findFirst()
                .orElse(WorkingLanguage.DEFAULT);
    }

    private List<String> filterIds(WorkingLanguage language) {
        List<String> ids = new ArrayList<>();
        for (TaskFilter definition : definitions(language)) {
            Filter filter = filterService
                    .createFilterQuery()
                    .filterName(definition.name())
                    .singleResult();
            if (filter != null) {
                ids.add(filter.getId());
            }
        }
        return ids;
    }

    /** A grant of READ ({@code AUTH_TYPE_GRANT}) or a revoke of it ({@code AUTH_TYPE_REVOKE}): present or not. */
    private void setAuthorization(String userId, String filterId, int type, boolean present) {
        Authorization existing = authorization(userId, filterId, type);
        if (present && existing == null) {
            Authorization created = authorizationService.createNewAuthorization(type);
            created.setUserId(userId);
            created.setResource(Resources.FILTER);
            created.setResourceId(filterId);
            if (type == AUTH_TYPE_GRANT) {
                created.addPermission(Permissions.READ);
            } else {
                created.removePermission(Permissions.READ);
            }
            authorizationService.saveAuthorization(created);
        } else if (!present && existing != null) {
            authorizationService.deleteAuthorization(existing.getId());
        }
    }

    private Authorization authorization(String userId, String filterId, int type) {
        return authorizationService
                .createAuthorizationQuery()
                .userIdIn(userId)
                .resourceType(Resources.FILTER)
                .resourceId(filterId)
                .authorizationType(type)
                .singleResult();
    }
}
