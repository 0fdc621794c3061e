package org.peaceops.engine.notification;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.peaceops.engine.camunda.EngineCommands;
import org.springframework.stereotype.Component;

/**
 * Who is told of an operation's work: the members of the groups named who belong to the operation,
 * that is to its tenant, one by one or through the group itself (headquarters' groups belong to every
 * operation). Members of a group of another operation's staff hear nothing of this one. People
 * without an e-mail address are left out. Read on the engine's own account, not the caller's.
 *
 * <p>Not reached: a member of the group who belongs to the operation only through another of their
 * groups (a host-government official who is also in headquarters' task force): such a person sees
 * the task in Tasklist, and is told only if added to the operation's staff.
 */
@Component
class Recipients {

    private final IdentityService identityService;
    private final EngineCommands commands;

    Recipients(IdentityService identityService, EngineCommands commands) {
        this.identityService = identityService;
        this.commands = commands;
    }

    /** A person to mail. */
    record Recipient(String userId, String name, String address) {}

    /**
     * A lookup for one batch of mails (a transaction's events): each operation's groups and each
     * group's members in an operation are read once, however many tasks name them.
     */
    Lookup lookup() {
        return new Lookup();
    }

    final class Lookup {

        private final Map<String, Set<String>> operationGroups = new HashMap<>();
        private final Map<String, List<User>> members = new HashMap<>();

        private Lookup() {}

        /** The members of these groups in the operation (all members when no operation is named), each once. */
        List<Recipient> inOperation(Collection<String> groupIds, String operationCode) {
            if (groupIds.isEmpty()) {
                return List.of();
            }
            return commands.withoutAuthorization(() -> {
                Map<String, Recipient> found = new LinkedHashMap<>();
                for (String group : groupIds) {
                    members(group, operationCode).forEach(user -> add(found, user));
                }
                return List.copyOf(found.values());
            });
        }

        private List<User> members(String group, String operationCode) {
            return members.computeIfAbsent(group + "\n" + operationCode, key -> {
                var query = identityService.createUserQuery().memberOfGroup(group);
                if (operationCode != null && !groupsOf(operationCode).contains(group)) {
                    query.memberOfTenant(operationCode);
                }
                return query.orderByUserId().asc().list();
            });
        }

        private Set<String> groupsOf(String operationCode) {
            return operationGroups.computeIfAbsent(
                    operationCode, code -> identityService.createGroupQuery().memberOfTenant(code).list().stream()
                            .map(Group::getId)
                            .collect(Collectors.toSet()));
        }
    }

    private static void add(Map<String, Recipient> found, User user) {
        if (user.getEmail() != null && !user.getEmail().isBlank()) {
            found.putIfAbsent(user.getId(), new Recipient(user.getId(), name(user), user.getEmail()));
        }
    }

    static String name(User user) {
        String name = ((user.getFirstName() == null ? "" : user.getFirstName()) + " "
                        + (user.getLastName() == null ? "" : user.getLastName()))
                .trim();
        return name.isEmpty() ? user.getId() : name;
    }
}
