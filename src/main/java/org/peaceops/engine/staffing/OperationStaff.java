package org.peaceops.engine.staffing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.peaceops.engine.access.ActorGroup;
import org.peaceops.engine.access.OperationTenants;
import org.peaceops.engine.camunda.EngineCommands;
import org.peaceops.engine.camunda.IdentityChanges;
import org.peaceops.engine.shared.FieldError;
import org.peaceops.engine.shared.InputRejectedException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * An operation's staff: for each of its actor groups, the people of that group who belong to the
 * operation's tenant. Headquarters sets them through the "Staff the operation" task or the API; a
 * change adds people to the tenant and the operation's filter, or takes them out, and is audited.
 *
 * <p>The directory is read without the caller's authorizations: staffing is headquarters' act, checked
 * where it enters (the task's candidate group, the API's role), and staff may not read the directory.
 */
@Service
public class OperationStaff {

    /** A person of the directory, as a form or the API offers them. */
    public record Person(String id, String name) {}

    private final IdentityService identityService;
    private final OperationTenants tenants;
    private final StaffChanges staffChanges;
    private final EngineCommands commands;
    private final IdentityChanges changes;
    private final Clock clock;
    private final Duration ttl;
    private final Map<ActorGroup, Offer> offers = new ConcurrentHashMap<>();

    public OperationStaff(
            IdentityService identityService,
            OperationTenants tenants,
            StaffChanges staffChanges,
            EngineCommands commands,
            IdentityChanges changes,
            Clock clock,
            @Value("${transition.security.authentication-cache-ttl:PT30S}") Duration ttl) {
        this.identityService = identityService;
        this.tenants = tenants;
        this.staffChanges = staffChanges;
        this.commands = commands;
        this.changes = changes;
        this.clock = clock;
        this.ttl = ttl;
    }

    /**
     * For each staffed group, in the groups' order, the ids of its people on the operation's staff: the
     * group's members who are members of the operation's tenant themselves. The tenant's own members
     * are read first, once; then whichever is fewer queries: the groups of each of them, or the staff
     * of each group. An operation without staff (a new one) needs no more than the first.
     */
    public Map<ActorGroup, List<String>> current(String operationCode) {
        if (tenants.openedWithoutStaffInThisTransaction(operationCode)) {
            // opened by this very transaction (a start): no one is on its staff yet, nothing to read
            Map<ActorGroup, List<String>> none = new LinkedHashMap<>();
            OperationStaffing.STAFFED_GROUPS.forEach(group -> none.put(group, List.of()));
            return none;
        }
        return commands.withoutAuthorization(() -> {
            List<String> onStaff =
                    identityService
                            .createUserQuery()
                            .memberOfTenant(operationCode)
                            .orderByUserId()
                            .asc()
                            .list()
                            .stream()
                            .map(User::getId)
                            .toList();
            Map<ActorGroup, List<String>> staff = new LinkedHashMap<>();
            if (onStaff.size() < OperationStaffing.STAFFED_GROUPS.size()) {
                Map<String, List<String>> byGroup = new LinkedHashMap<>();
                OperationStaffing.STAFFED_GROUPS.forEach(group -> byGroup.put(group.id(), new ArrayList<>()));
                for (String userId : onStaff) {
                    identityService.createGroupQuery().groupMember(userId).list().stream()
                            .map(group -> byGroup.get(group.getId()))
                            .filter(Objects::nonNull)
                            .forEach(people -> people.add(userId));
                }
                OperationStaffing.STAFFED_GROUPS.forEach(
                        group -> staff.put(group, List.copyOf(byGroup.get(group.id()))));
                return staff;
            }
            for (ActorGroup group : OperationStaffing.STAFFED_GROUPS) {
                staff.put(
                        group,
                        identityService
                                .createUserQuery()
                                .memberOfGroup(group.id())
                                .memberOfTenant(operationCode)
                                .orderByUserId()
                                .asc()
                                .list()
                                .stream()
                                .map(User::getId)
                                .toList());
            }
            return staff;
        });
    }

    /**
     * The people {@link #directory} gives, as the staffing task offers them when it is created:
     * remembered on this node for the sign-ins' time to live ({@code
     * transition.security.authentication-cache-ttl}), and read again at once after a change of users,
     * groups or group memberships on this node ({@link IdentityChanges#directoryGeneration()}); a change
     * on another node shows here within the time to live. Opening an operation changes tenants only,
     * so starting transitions one after another reads the directory once. The offer is a starting
     * point and nothing more: the choices are checked against the directory as it is when the task is
     * completed ({@link #misfits}), never against what is remembered here.
     */
    public List<Person> offered(ActorGroup group) {
        long generation = changes.directoryGeneration();
        Instant now = clock.instant();
        Offer known = offers.get(group);
        if (known != null
                && known.generation() == generation
                && !now.isBefore(known.at())
                && now.isBefore(known.at().plus(ttl))) {
            return known.people();
        }
        List<Person> people = directory(group);
        if (!ttl.isZero()) {
            // the counter read before the look-up: a change made meanwhile leaves this offer stale
            offers.put(group, new Offer(people, generation, now));
        }
        return people;
    }

    private record Offer(List<Person> people, long generation, Instant at) {}

    /** Everyone in the directory who belongs to the group: those headquarters may pick. */
    public List<Person> directory(ActorGroup group) {
        return commands.withoutAuthorization(() ->
                identityService.createUserQuery().memberOfGroup(group.id()).orderByUserLastName().asc().list().stream()
                        .map(user -> new Person(user.getId(), name(user)))
                        .toList());
    }

    /** Someone chosen for a group they are not a member of in the directory, at their place in its list. */
    public record Misfit(ActorGroup group, int index, String userId) {}

    /** Those chosen who are not in the directory, or not of the group they were chosen for. */
    public List<Misfit> misfits(Map<ActorGroup, List<String>> wanted) {
        List<Misfit> misfits = new ArrayList<>();
        for (var entry : wanted.entrySet()) {
            ActorGroup group = entry.getKey();
            Set<String> members = new LinkedHashSet<>(
                    directory(group).stream().map(Person::id).toList());
            List<String> people = entry.getValue();
            for (int i = 0; i < people.size(); i++) {
                if (!members.contains(people.get(i))) {
                    misfits.add(new Misfit(group, i, people.get(i)));
                }
            }
        }
        return misfits;
    }

    /** The misfits as refusals in English, each at the path the caller gives for a group and a place. */
    public List<FieldError> problems(
            Map<ActorGroup, List<String>> wanted, BiFunction<ActorGroup, Integer, String> path) {
        return misfits(wanted).stream()
                .map(m -> new FieldError(
                        path.apply(m.group(), m.index()),
                        "'" + m.userId() + "' is not a member of " + m.group().displayName() + " in the directory"))
                .toList();
    }

    /**
     * Makes the wanted people the staff of each group given (a group left out keeps its staff): adds
     * the new ones to the operation, takes out those no longer on any of its groups, and audits each
     * change. Refuses the whole change, with nothing changed, when anyone is not of their group.
     */
    public void replace(String operationCode, Map<ActorGroup, List<String>> wanted, String by, String source) {
        List<FieldError> errors = problems(wanted, (group, i) -> group.id() + "/" + i);
        if (!errors.isEmpty()) {
            throw InputRejectedException.invalid(errors);
        }
        Map<ActorGroup, List<String>> before = current(operationCode);
        for (var entry : wanted.entrySet()) {
            ActorGroup group = entry.getKey();
            Set<String> now = new LinkedHashSet<>(entry.getValue());
            for (String userId : now) {
                if (!before.get(group).contains(userId)) {
                    tenants.addStaff(operationCode, userId);
                    staffChanges.record(operationCode, group.id(), userId, StaffChanges.Change.ADDED, by, source);
                }
            }
            for (String userId : before.get(group)) {
                if (!now.contains(userId)) {
                    staffChanges.record(operationCode, group.id(), userId, StaffChanges.Change.REMOVED, by, source);
                    if (!onAnotherGroup(userId, group, before, wanted)) {
                        tenants.removeStaff(operationCode, userId);
                    }
                }
            }
        }
    }

    /** Whether the person stays on the operation's staff through another of their groups. */
    private static boolean onAnotherGroup(
            String userId,
            ActorGroup leaving,
            Map<ActorGroup, List<String>> before,
            Map<ActorGroup, List<String>> wanted) {
        return OperationStaffing.STAFFED_GROUPS.stream()
                .filter(group -> group != leaving)
                .anyMatch(group -> wanted.getOrDefault(group, before.get(group)).contains(userId));
    }

    private static String name(User user) {
        String name = ((user.getFirstName() == null ? "" : user.getFirstName()) + " "
                        + (user.getLastName() == null ? "" : user.getLastName()))
                .trim();
        return name.isEmpty() ? user.getId() : name;
    }
}
