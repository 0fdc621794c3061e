package org.peaceops.engine.camunda;

import java.util.ArrayList;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.camunda.bpm.engine.impl.cmd.CreateMembershipCmd;
import org.camunda.bpm.engine.impl.cmd.CreateTenantGroupMembershipCmd;
import org.camunda.bpm.engine.impl.cmd.CreateTenantUserMembershipCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteGroupCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteMembershipCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteTenantCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteTenantGroupMembershipCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteTenantUserMembershipCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteUserCmd;
import org.camunda.bpm.engine.impl.cmd.SaveGroupCmd;
import org.camunda.bpm.engine.impl.cmd.SaveTenantCmd;
import org.camunda.bpm.engine.impl.cmd.SaveUserCmd;
import org.camunda.bpm.engine.impl.cmd.UnlockUserCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.spring.SpringProcessEngineConfiguration;
import org.camunda.bpm.spring.boot.starter.configuration.impl.AbstractCamundaConfiguration;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A counter that moves whenever this node changes who someone is: a user (password included), a
 * group, a tenant, a group or tenant membership. Whatever is remembered about a caller remembers the
 * counter with it and is stale once the counter has moved.
 *
 * <p>A second counter, {@link #directoryGeneration()}, moves only when users, groups or group
 * memberships change, not on a tenant or a tenant membership alone: what depends on the directory but
 * not on tenants (a caller's password and groups, the people of a group) stays fresh when an operation
 * is opened, which every start of a transition does.
 *
 * <p>It watches the engine's identity commands, so that every way in counts alike: Camunda Admin, the
 * engine REST API and the application's own code. The counter moves before the command and again once
 * its transaction is over, so that nothing read in between is taken for the new state. It lives in
 * this node's memory: another node sharing the database learns of the change only when what it
 * remembers expires.
 */
@Component
public class IdentityChanges extends AbstractCamundaConfiguration {

    private static final Set<Class<?>> IDENTITY_WRITES = Set.of(
            SaveUserCmd.class,
            DeleteUserCmd.class,
            UnlockUserCmd.class,
            SaveGroupCmd.class,
            DeleteGroupCmd.class,
            CreateMembershipCmd.class,
            DeleteMembershipCmd.class,
            SaveTenantCmd.class,
            DeleteTenantCmd.class,
            CreateTenantUserMembershipCmd.class,
            DeleteTenantUserMembershipCmd.class,
            CreateTenantGroupMembershipCmd.class,
            DeleteTenantGroupMembershipCmd.class);

    /** Changes of tenants and their members only: they leave users, groups and group memberships as they are. */
    private static final Set<Class<?>> TENANT_WRITES = Set.of(
            SaveTenantCmd.class,
            DeleteTenantCmd.class,
            CreateTenantUserMembershipCmd.class,
            DeleteTenantUserMembershipCmd.class,
            CreateTenantGroupMembershipCmd.class,
            DeleteTenantGroupMembershipCmd.class);

    private final AtomicLong generation = new AtomicLong();
    private final AtomicLong directoryGeneration = new AtomicLong();

    /** Moves on every identity change made on this node. */
    public long generation() {
        return generation.get();
    }

    /**
     * Moves on every change made on this node of users (passwords and locks included), groups and
     * group memberships; not on a change of tenants or tenant memberships alone.
     */
    public long directoryGeneration() {
        return directoryGeneration.get();
    }

    @Override
    public void preInit(SpringProcessEngineConfiguration configuration) {
        var interceptors = configuration.getCustomPreCommandInterceptorsTxRequired();
        var withWatch = interceptors == null ? new ArrayList<CommandInterceptor>() : new ArrayList<>(interceptors);
        withWatch.add(new Watch());
        configuration.setCustomPreCommandInterceptorsTxRequired(withWatch);
    }

    private void changed(boolean directory) {
        // the directory's counter first: whoever reads the whole generation after it sees both moved
        if (directory) {
            directoryGeneration.incrementAndGet();
        }
        generation.incrementAndGet();
    }

    /** Before the engine's transaction interceptor: it sees the command before and after its commit. */
    private class Watch extends CommandInterceptor {
        @Override
        public <T> T execute(Command<T> command) {
            if (!IDENTITY_WRITES.contains(command.getClass())) {
                return next.execute(command);
            }
            boolean directory = !TENANT_WRITES.contains(command.getClass());
            changed(directory);
            if (TransactionSynchronizationManager.isSynchronizationActive()) {
                // inside a longer transaction: the change is visible to others once that one ends
                TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                    @Override
                    public void afterCompletion(int status) {
                        changed(directory);
                    }
                });
            }
            try {
                return next.execute(command);
            } finally {
                changed(directory);
            }
        }
    }
}
