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

    private final AtomicLong generation = new AtomicLong();

    /** Moves on every identity change made on this node. */
    public long generation() {
        return generation.get();
    }

    @Override
    public void preInit(SpringProcessEngineConfiguration configuration) {
        var interceptors = configuration.getCustomPreCommandInterceptorsTxRequired();
        var withWatch = interceptors == null ? new ArrayList<CommandInterceptor>() : new ArrayList<>(interceptors);
        withWatch.add(new Watch());
        configuration.setCustomPreCommandInterceptorsTxRequired(withWatch);
    }

    private void changed() {
        generation.incrementAndGet();
    }

    /** Before the engine's transaction interceptor: it sees the command before and after its commit. */
    private class Watch extends CommandInterceptor {
        @Override
        public <T> T execute(Command<T> command) {
            if (!IDENTITY_WRITES.contains(command.getClass())) {
                return next.execute(command);
            }
            changed();
            if (TransactionSynchronizationManager.isSynchronizationActive()) {
                // inside a longer transaction: the change is visible to others once that one ends
                TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                    @Override
                    public void afterCompletion(int status) {
                        changed();
                    }
                });
            }
            try {
                return next.execute(command);
            } finally {
                changed();
            }
        }
    }
}
