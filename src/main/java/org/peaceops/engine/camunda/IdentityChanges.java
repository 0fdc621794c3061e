package org.peaceops.engine.camunda;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.camunda.bpm.engine.identity.Tenant;
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
 * <p>Additions to tenants (a tenant saved, a group or a user made a member of one) move neither counter:
 * once their transaction has committed, they are told to whoever remembers who belongs where ({@link
 * #onTenantAddition}), which adds them to what it remembers instead of reading it all again. Every start
 * of a transition opens a tenant with headquarters in it; with the counters moved, each caller's next
 * request, and the engine's list of every tenant, were read again. A third counter, {@link
 * #additions()}, moves with each addition told: what was read while one was being told is stale.
 *
 * <p>It watches the engine's identity commands, so that every way in counts alike: Camunda Admin, the
 * engine REST API and the application's own code. The counter moves before the command and again once
 * its transaction is over, so that nothing read in between is taken for the new state; an addition
 * whose transaction rolls back moves the counter too, as what was read inside it may hold it. It lives
 * in this node's memory: another node sharing the database learns of the change only when what it
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

    /** A tenant that exists now (group and user null), or a group or a user made a member of it. */
    public record TenantAddition(String tenantId, String groupId, String userId) {}

    /** The additions and where each command holds the tenant, group and user it adds. */
    private static final Map<Class<?>, List<Field>> ADDITIONS = Map.of(
            SaveTenantCmd.class, fields(SaveTenantCmd.class, "tenant"),
            CreateTenantGroupMembershipCmd.class, fields(CreateTenantGroupMembershipCmd.class, "tenantId", "groupId"),
            CreateTenantUserMembershipCmd.class, fields(CreateTenantUserMembershipCmd.class, "tenantId", "userId"));

    private final AtomicLong generation = new AtomicLong();
    private final AtomicLong directoryGeneration = new AtomicLong();
    private final AtomicLong additions = new AtomicLong();
    private final List<Consumer<TenantAddition>> additionListeners = new CopyOnWriteArrayList<>();

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

    /** Moves each time an addition to tenants is told, before it is told to the listeners. */
    public long additions() {
        return additions.get();
    }

    /**
     * Tells the listener each addition to tenants made on this node, once committed, in the order made;
     * one at a time, with {@link #additions()} already moved.
     */
    public void onTenantAddition(Consumer<TenantAddition> listener) {
        additionListeners.add(listener);
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

    private synchronized void tell(TenantAddition addition) {
        additions.incrementAndGet();
        additionListeners.forEach(listener -> listener.accept(addition));
    }

    private static List<Field> fields(Class<?> command, String... names) {
        List<Field> fields = new ArrayList<>();
        for (String name : names) {
            try {
                Field field = command.getDeclaredField(name);
                field.setAccessible(true);
                fields.add(field);
            } catch (NoSuchFieldException e) {
                throw new IllegalStateException("Camunda's " + command.getSimpleName() + " has no field " + name, e);
            }
        }
        return List.copyOf(fields);
    }

    private static TenantAddition additionOf(Command<?> command, List<Field> fields) {
        try {
            if (command instanceof SaveTenantCmd) {
                var tenant = (Tenant) fields.get(0).get(command);
                return tenant == null || tenant.getId() == null ? null : new TenantAddition(tenant.getId(), null, null);
            }
            String tenantId = (String) fields.get(0).get(command);
            String memberId = (String) fields.get(1).get(command);
            if (tenantId == null || memberId == null) {
                return null;
            }
            return command instanceof CreateTenantGroupMembershipCmd
                    ? new TenantAddition(tenantId, memberId, null)
                    : new TenantAddition(tenantId, null, memberId);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Before the engine's transaction interceptor: it sees the command before and after its commit. */
    private class Watch extends CommandInterceptor {
        @Override
        public <T> T execute(Command<T> command) {
            List<Field> additionFields = ADDITIONS.get(command.getClass());
            if (additionFields != null) {
                TenantAddition addition = additionOf(command, additionFields);
                if (addition != null) {
                    return added(command, addition);
                }
            }
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

        private <T> T added(Command<T> command, TenantAddition addition) {
            T result;
            try {
                result = next.execute(command);
            } catch (RuntimeException | Error e) {
                // nothing to tell; whatever was read meanwhile on this thread is taken as stale
                changed(false);
                throw e;
            }
            if (TransactionSynchronizationManager.isSynchronizationActive()) {
                TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                    @Override
                    public void afterCompletion(int status) {
                        if (status == STATUS_COMMITTED) {
                            tell(addition);
                        } else {
                            changed(false);
                        }
                    }
                });
            } else {
                tell(addition);
            }
            return result;
        }
    }
}
