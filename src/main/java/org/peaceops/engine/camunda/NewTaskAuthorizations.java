package org.peaceops.engine.camunda;

import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.impl.cfg.auth.DefaultAuthorizationProvider;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;

/**
 * The engine's grants on a task for its candidate groups and users, without asking the database for
 * an existing grant when the task is being created in this very command: its id is new, so no grant
 * on it can be stored yet, and one made earlier in the same command is merged by the engine itself
 * from its cache. A task with several candidate groups, or a completion that opens several parallel
 * tasks, saves one query per grant; a task that exists already is looked up as before.
 */
class NewTaskAuthorizations extends DefaultAuthorizationProvider {

    @Override
    protected AuthorizationEntity getGrantAuthorizationByGroupId(String groupId, Resource resource, String resourceId) {
        return createdInThisCommand(resourceId)
                ? null
                : super.getGrantAuthorizationByGroupId(groupId, resource, resourceId);
    }

    @Override
    protected AuthorizationEntity getGrantAuthorizationByUserId(String userId, Resource resource, String resourceId) {
        return createdInThisCommand(resourceId)
                ? null
                : super.getGrantAuthorizationByUserId(userId, resource, resourceId);
    }

    private static boolean createdInThisCommand(String taskId) {
        var commandContext = Context.getCommandContext();
        if (commandContext == null || taskId == null) {
            return false;
        }
        var cache = commandContext.getDbEntityManager().getDbEntityCache();
        TaskEntity task = cache.get(TaskEntity.class, taskId);
        return task != null && cache.isTransient(task);
    }
}
