package org.peaceops.engine.camunda;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.task.Task;

/**
 * The callers of the task list tests of {@link TaskGrantsOnce}: signed in with their groups and
 * tenants as the engine REST API signs them in, the grants a test gives them (removed after it), and
 * the rewrite's interceptor where the engine has one.
 */
final class TaskCallers {

    private final ProcessEngine engine;
    private final List<String> grants = new ArrayList<>();

    TaskCallers(ProcessEngine engine) {
        this.engine = engine;
    }

    void signIn(String caller) {
        engine.getIdentityService().setAuthentication(caller, groupsOf(caller), tenantsOf(caller));
    }

    List<String> groupsOf(String userId) {
        return engine.getIdentityService().createGroupQuery().groupMember(userId).list().stream()
                .map(Group::getId)
                .toList();
    }

    List<String> tenantsOf(String userId) {
        return engine
                .getIdentityService()
                .createTenantQuery()
                .userMember(userId)
                .includingGroupsOfUser(true)
                .list()
                .stream()
                .map(Tenant::getId)
                .toList();
    }

    /** A grant to the user, or to everyone ({@link Authorization#ANY}), removed by {@link #removeGrants}. */
    void grant(String userId, Resources resource, String resourceId, Permission permission) {
        var authorizations = engine.getAuthorizationService();
        Authorization grant = authorizations.createNewAuthorization(
                Authorization.ANY.equals(userId) ? Authorization.AUTH_TYPE_GLOBAL : Authorization.AUTH_TYPE_GRANT);
        grant.setUserId(userId);
        grant.setResource(resource);
        grant.setResourceId(resourceId);
        grant.addPermission(permission);
        grants.add(authorizations.saveAuthorization(grant).getId());
    }

    void removeGrants() {
        grants.forEach(engine.getAuthorizationService()::deleteAuthorization);
        grants.clear();
    }

    /** Whether the engine checks this caller's tasks with its revoke-aware statement, not the grants' join. */
    boolean hasARevoke(String caller) {
        var revokes = engine.getAuthorizationService()
                .createAuthorizationQuery()
                .authorizationType(Authorization.AUTH_TYPE_REVOKE);
        List<String> groups = groupsOf(caller);
        return revokes.userIdIn(caller, Authorization.ANY).count() > 0
                || !groups.isEmpty()
                        && engine.getAuthorizationService()
                                        .createAuthorizationQuery()
                                        .authorizationType(Authorization.AUTH_TYPE_REVOKE)
                                        .groupIdIn(groups.toArray(String[]::new))
                                        .count()
                                > 0;
    }

    boolean onPostgres() {
        return "postgres".equals(configuration().getDatabaseType());
    }

    /** The interceptor, on PostgreSQL; none on H2. */
    Optional<TaskGrantsOnceInterceptor> interceptor() {
        return configuration().getSqlSessionFactory().getConfiguration().getInterceptors().stream()
                .filter(TaskGrantsOnceInterceptor.class::isInstance)
                .map(TaskGrantsOnceInterceptor.class::cast)
                .findFirst();
    }

    static List<String> ids(List<Task> tasks) {
        return tasks.stream().map(Task::getId).toList();
    }

    private ProcessEngineConfigurationImpl configuration() {
        return (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    }
}
