package org.peaceops.engine.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.peaceops.engine.camunda.IdentityChanges;

/**
 * HTTP Basic sign-ins, remembered for a short while: a caller who sends the same credentials again
 * within the time to live costs no look-up of their password, groups or tenants.
 *
 * <ul>
 *   <li>The key is a salted SHA-256 of user and password (the salt is random per node and start);
 *       the password itself is never kept.
 *   <li>Only a successful sign-in is remembered. A wrong password sent here also forgets what was
 *       remembered of that user, so that the engine's lock-out after failed attempts holds at once; a
 *       lock-out from failed sign-ins to the webapps holds here once the entry expires.
 *   <li>Any identity change on this node (user, password, group, tenant, membership: {@link
 *       IdentityChanges}) makes everything remembered stale at once; a change on another node holds
 *       here once the entry expires, within the time to live. A change of tenants or tenant
 *       memberships alone (an operation opened, someone put on its staff) makes only the tenants
 *       stale: they are read again at the next request, the password and groups are not, until the
 *       entry expires. An addition (a tenant opened with headquarters in it, someone put on an
 *       operation's staff) is added to what is remembered of the callers it concerns once committed,
 *       without a read.
 * </ul>
 */
public class BasicAuthentications {

    /** A signed-in caller as the engine's authentication takes it. */
    public record Authenticated(String userId, List<String> groupIds, List<String> tenantIds) {}

    /** User and password as sent in an {@code Authorization: Basic} header. */
    record Credentials(String user, String password) {
        @Override
        public String toString() {
            return "Credentials[" + user + "]";
        }

        /** The credentials of the header, or null when there are none or they are malformed. */
        static Credentials of(String header) {
            if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
                return null;
            }
            String decoded;
            try {
                decoded = new String(
                        Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                return null;
            }
            int colon = decoded.indexOf(':');
            return colon <= 0 ? null : new Credentials(decoded.substring(0, colon), decoded.substring(colon + 1));
        }
    }

    private record Entry(Authenticated caller, long generation, long directoryGeneration, long additions, Instant at) {}

    /** More callers than a node serves at once within a time to live: past it, start afresh. */
    private static final int MAX_ENTRIES = 10_000;

    private final IdentityService identityService;
    private final IdentityChanges changes;
    private final Clock clock;
    private final Duration ttl;
    private final byte[] salt = new byte[32];
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final Map<String, Entry> sessionUsers = new ConcurrentHashMap<>();

    public BasicAuthentications(IdentityService identityService, IdentityChanges changes, Clock clock, Duration ttl) {
        this.identityService = identityService;
        this.changes = changes;
        this.clock = clock;
        this.ttl = ttl;
        new SecureRandom().nextBytes(salt);
        changes.onTenantAddition(this::added);
    }

    /**
     * A group or a user made a member of a tenant on this node: the callers it concerns get the tenant in
     * what is remembered of them, without a read. Only entries that had every addition before this one
     * take it; the others are read again as before.
     */
    private void added(IdentityChanges.TenantAddition addition) {
        long told = changes.additions();
        for (Map<String, Entry> remembered : List.of(entries, sessionUsers)) {
            remembered.replaceAll(
                    (key, entry) -> entry.additions() == told - 1 ? withAddition(entry, addition) : entry);
        }
    }

    private static Entry withAddition(Entry entry, IdentityChanges.TenantAddition addition) {
        Authenticated caller = entry.caller();
        boolean concerned = (addition.groupId() != null && caller.groupIds().contains(addition.groupId()))
                || (addition.userId() != null && addition.userId().equals(caller.userId()));
        List<String> tenantIds = caller.tenantIds();
        if (concerned && !tenantIds.contains(addition.tenantId())) {
            var more = new ArrayList<>(tenantIds);
            more.add(addition.tenantId());
            tenantIds = List.copyOf(more);
        }
        return new Entry(
                new Authenticated(caller.userId(), caller.groupIds(), tenantIds),
                entry.generation(),
                entry.directoryGeneration(),
                entry.additions() + 1,
                entry.at());
    }

    /** The caller the credentials sign in, or null when they do not. */
    public Authenticated authenticate(Credentials credentials) {
        return remembered(entries, key(credentials), () -> {
            if (!identityService.checkPassword(credentials.user(), credentials.password())) {
                forget(credentials.user());
                return null;
            }
            return lookUp(credentials.user());
        });
    }

    /**
     * The user of a webapp session, with their groups and tenants as the engine has them now: the
     * session's own copy is refreshed only by the webapps' filters, which do not cover /api, /reports
     * or /actuator. Read again like a sign-in: after the time to live, and at once after an identity
     * change on this node. Null when the user no longer exists.
     */
    public Authenticated sessionUser(String userId) {
        return remembered(
                sessionUsers,
                userId,
                () -> identityService.createUserQuery().userId(userId).count() == 0 ? null : lookUp(userId));
    }

    /** What is remembered under the key while fresh; otherwise read (null: refused, not remembered). */
    private Authenticated remembered(Map<String, Entry> remembered, String key, Supplier<Authenticated> read) {
        // the directory's counter first: it moves before the whole one (IdentityChanges)
        long directoryGeneration = changes.directoryGeneration();
        long generation = changes.generation();
        long additions = changes.additions();
        Instant now = clock.instant();
        Entry entry = remembered.get(key);
        if (entry != null && fresh(entry, generation, now) && entry.additions() == additions) {
            return entry.caller();
        }
        if (entry != null && directoryFresh(entry, directoryGeneration, now)) {
            // only tenants changed since: the password and groups hold, the tenants are read again
            Authenticated known = entry.caller();
            Authenticated caller = new Authenticated(known.userId(), known.groupIds(), tenantsOf(known.userId()));
            remembered.replace(key, entry, new Entry(caller, generation, directoryGeneration, additions, entry.at()));
            return caller;
        }
        if (entry != null) {
            remembered.remove(key, entry);
        }
        Authenticated caller = read.get();
        if (caller != null && !ttl.isZero()) {
            if (remembered.size() >= MAX_ENTRIES) {
                remembered.clear();
            }
            // the generation read before the look-ups: a change made meanwhile leaves this entry stale
            remembered.put(key, new Entry(caller, generation, directoryGeneration, additions, now));
        }
        return caller;
    }

    private Authenticated lookUp(String userId) {
        return new Authenticated(userId, groupsOf(userId), tenantsOf(userId));
    }

    private boolean fresh(Entry entry, long generation, Instant now) {
        return entry.generation() == generation && unexpired(entry, now);
    }

    private boolean directoryFresh(Entry entry, long directoryGeneration, Instant now) {
        return entry.directoryGeneration() == directoryGeneration && unexpired(entry, now);
    }

    private boolean unexpired(Entry entry, Instant now) {
        // a clock set back (a test moving the engine's time) counts as expired too
        return !now.isBefore(entry.at()) && now.isBefore(entry.at().plus(ttl));
    }

    private void forget(String userId) {
        entries.values().removeIf(entry -> entry.caller().userId().equals(userId));
    }

    private List<String> groupsOf(String userId) {
        return identityService.createGroupQuery().groupMember(userId).list().stream()
                .map(Group::getId)
                .toList();
    }

    private List<String> tenantsOf(String userId) {
        return identityService.createTenantQuery().userMember(userId).includingGroupsOfUser(true).list().stream()
                .map(Tenant::getId)
                .toList();
    }

    private String key(Credentials credentials) {
        try {
            var digest = MessageDigest.getInstance("SHA-256");
            digest.update(salt);
            digest.update(credentials.user().getBytes(StandardCharsets.UTF_8));
            // the user holds no colon (the header's first colon ends it): "ab"+"c" and "a"+"bc" differ
            digest.update((byte) ':');
            digest.update(credentials.password().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
