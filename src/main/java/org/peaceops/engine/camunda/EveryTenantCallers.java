package org.peaceops.engine.camunda;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.spring.SpringProcessEngineConfiguration;
import org.camunda.bpm.spring.boot.starter.configuration.impl.AbstractCamundaConfiguration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Callers who belong to every tenant through a group that belongs to every tenant by rule
 * (headquarters, managers, administrators: {@link #spareMembersOf}) are spared the engine's tenant check:
 * it would add {@code TENANT_ID_ in (...)} with every operation's code to each query, for the same
 * rows. The engine skips the check for administrators in the same way.
 *
 * <p>"Every tenant" is the engine's list of tenants, remembered for the same time as a sign-in and
 * read again at once after an identity change on this node ({@link IdentityChanges}); a tenant opened
 * on this node is added to it once committed, without a read. A caller whose
 * tenants leave out even one is checked as before, and so is any command run inside for someone else.
 * What the check would still hide from such a caller: rows whose tenant no longer exists as a tenant
 * (deleted in Admin while its instances remained), and, on another node, a tenant created less than a
 * time to live ago without them.
 */
@Component
public class EveryTenantCallers extends AbstractCamundaConfiguration {

    private record Tenants(Set<String> ids, long generation, long additions, Instant at) {}

    /** An answer for one caller's tenants (a copy of their list) against one list of every tenant. */
    private record Verdict(List<String> callerTenants, Set<String> every, boolean covers) {}

    private final IdentityChanges changes;
    private final Clock clock;
    private final Duration ttl;
    private final ThreadLocal<Boolean> reading = new ThreadLocal<>();
    private final ThreadLocal<CommandContext> uncheckedByUs = new ThreadLocal<>();
    /**
     * The last answer on this thread: a request runs several commands for the same caller, and the
     * comparison of a list of every operation with the caller's costs a set of as many entries each time.
     */
    private final ThreadLocal<Verdict> lastVerdict = new ThreadLocal<>();

    private volatile Tenants tenants;
    private volatile Set<String> groupsInEveryTenant = Set.of();

    public EveryTenantCallers(
            IdentityChanges changes,
            Clock clock,
            @Value("${transition.security.authentication-cache-ttl:PT30S}") Duration ttl) {
        this.changes = changes;
        this.clock = clock;
        this.ttl = ttl;
        changes.onTenantAddition(this::added);
    }

    /** A tenant opened on this node: added to the list, which stays as fresh as it was. */
    private void added(IdentityChanges.TenantAddition addition) {
        Tenants known = tenants;
        // only a list that had every addition before this one may take this one instead of a read
        if (known != null && known.additions() == changes.additions() - 1) {
            Set<String> ids = new HashSet<>(known.ids());
            ids.add(addition.tenantId());
            tenants = new Tenants(Set.copyOf(ids), known.generation(), known.additions() + 1, known.at());
        }
    }

    /**
     * The groups that belong to every tenant by rule (each new tenant gets them in the transaction that
     * creates it): only their members may be spared the check. A caller who happens to be in every
     * tenant of this node's list (staff while there is one operation; a tenant created on another node
     * less than a time to live ago) is checked as usual.
     */
    public void spareMembersOf(Set<String> groups) {
        groupsInEveryTenant = Set.copyOf(groups);
    }

    @Override
    public void preInit(SpringProcessEngineConfiguration configuration) {
        var interceptors = configuration.getCustomPostCommandInterceptorsTxRequired();
        var withCheck = interceptors == null ? new ArrayList<CommandInterceptor>() : new ArrayList<>(interceptors);
        withCheck.add(new TenantCheck());
        configuration.setCustomPostCommandInterceptorsTxRequired(withCheck);
    }

    /** After the command context interceptor: decides for each command, nested ones included. */
    private class TenantCheck extends CommandInterceptor {
        @Override
        public <T> T execute(Command<T> command) {
            CommandContext context = Context.getCommandContext();
            if (context == null || Boolean.TRUE.equals(reading.get())) {
                return next.execute(command);
            }
            boolean checked = context.isTenantCheckEnabled();
            boolean ours = uncheckedByUs.get() == context;
            if (checked && coversEveryTenant(context)) {
                return runWith(context, false, command);
            }
            if (!checked && ours && !coversEveryTenant(context)) {
                // a command inside, run for someone else: checked again for its duration
                return runWith(context, true, command);
            }
            return next.execute(command);
        }

        private <T> T runWith(CommandContext context, boolean tenantCheck, Command<T> command) {
            CommandContext before = uncheckedByUs.get();
            context.setTenantCheckEnabled(tenantCheck);
            uncheckedByUs.set(tenantCheck ? null : context);
            try {
                return next.execute(command);
            } finally {
                context.setTenantCheckEnabled(!tenantCheck);
                uncheckedByUs.set(before);
            }
        }
    }

    private boolean coversEveryTenant(CommandContext context) {
        // nothing remembered, nothing spared: the list of tenants would be read for every command
        if (ttl.isZero() || !context.getProcessEngineConfiguration().isTenantCheckEnabled()) {
            return false;
        }
        Authentication caller = context.getAuthentication();
        List<String> callerTenants = caller == null ? null : caller.getTenantIds();
        if (callerTenants == null || callerTenants.isEmpty() || !inAGroupOfEveryTenant(caller)) {
            return false;
        }
        Set<String> every = everyTenant(context);
        Verdict last = lastVerdict.get();
        // the list of every tenant is replaced, never changed: by identity; the caller's list is a
        // mutable one the engine hands out, so it is compared by its entries (the same strings)
        if (last != null && last.every() == every && last.callerTenants().equals(callerTenants)) {
            return last.covers();
        }
        boolean covers = !every.isEmpty()
                && callerTenants.size() >= every.size()
                && new HashSet<>(callerTenants).containsAll(every);
        lastVerdict.set(new Verdict(List.copyOf(callerTenants), every, covers));
        return covers;
    }

    private boolean inAGroupOfEveryTenant(Authentication caller) {
        Set<String> spared = groupsInEveryTenant;
        return caller.getGroupIds() != null && caller.getGroupIds().stream().anyMatch(spared::contains);
    }

    private Set<String> everyTenant(CommandContext context) {
        long generation = changes.generation();
        long additions = changes.additions();
        Instant now = clock.instant();
        Tenants known = tenants;
        if (known != null
                && known.generation() == generation
                && known.additions() == additions
                && !now.isBefore(known.at())
                && now.isBefore(known.at().plus(ttl))) {
            return known.ids();
        }
        reading.set(Boolean.TRUE);
        try {
            Set<String> ids = context.runWithoutAuthorization(() ->
                    context.getProcessEngineConfiguration().getIdentityService().createTenantQuery().list().stream()
                            .map(Tenant::getId)
                            .collect(Collectors.toUnmodifiableSet()));
            tenants = new Tenants(ids, generation, additions, now);
            return ids;
        } finally {
            reading.remove();
        }
    }
}
