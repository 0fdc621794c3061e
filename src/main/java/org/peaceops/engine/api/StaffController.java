package org.peaceops.engine.api;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.authorization.Groups;
import org.peaceops.engine.access.ActorGroup;
import org.peaceops.engine.access.CurrentUser;
import org.peaceops.engine.access.OperationAccess;
import org.peaceops.engine.access.OversightGroup;
import org.peaceops.engine.registry.TransitionRegistry;
import org.peaceops.engine.shared.FieldError;
import org.peaceops.engine.shared.InputRejectedException;
import org.peaceops.engine.staffing.OperationStaff;
import org.peaceops.engine.staffing.OperationStaffing;
import org.peaceops.engine.staffing.StaffChanges;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * An operation's staff, by actor group: read by headquarters, managers and administrators; changed by
 * headquarters and administrators only, each change audited. The "Staff the operation" task sets the
 * first staff; this is for the changes after it.
 */
@RestController
@RequestMapping("/api/operations/{code}/staff")
class StaffController {

    static final String SOURCE = "API";

    private final OperationStaff staff;
    private final StaffChanges changes;
    private final OperationAccess access;
    private final CurrentUser currentUser;
    private final TransitionRegistry registry;

    StaffController(
            OperationStaff staff,
            StaffChanges changes,
            OperationAccess access,
            CurrentUser currentUser,
            TransitionRegistry registry) {
        this.staff = staff;
        this.changes = changes;
        this.access = access;
        this.currentUser = currentUser;
        this.registry = registry;
    }

    @GetMapping
    Staff get(@PathVariable String code) {
        requireRole(
                Set.of(ActorGroup.HQ_TASK_FORCE.id(), OversightGroup.TRANSITION_MANAGERS.id(), Groups.CAMUNDA_ADMIN));
        access.require(code);
        return staffOf(code);
    }

    @PutMapping
    @Transactional
    Staff put(@PathVariable String code, @RequestBody StaffChange body) {
        requireRole(Set.of(ActorGroup.HQ_TASK_FORCE.id(), Groups.CAMUNDA_ADMIN));
        access.require(code);
        Map<ActorGroup, List<String>> wanted = wanted(body);
        List<FieldError> errors = staff.problems(wanted, (group, i) -> "/staff/" + group.id() + "/" + i);
        if (!errors.isEmpty()) {
            throw InputRejectedException.invalid(errors);
        }
        // two changes of one operation's staff at the same moment run one after the other
        registry.holdForThisTransaction(code);
        staff.replace(code, wanted, currentUser.id(), SOURCE);
        return staffOf(code);
    }

    private static Map<ActorGroup, List<String>> wanted(StaffChange body) {
        if (body == null || body.staff() == null) {
            throw InputRejectedException.invalid("/staff", "staff is required: the people of each group, by group id");
        }
        List<FieldError> errors = new ArrayList<>();
        Map<ActorGroup, List<String>> wanted = new LinkedHashMap<>();
        body.staff().forEach((groupId, people) -> {
            ActorGroup group = OperationStaffing.STAFFED_GROUPS.stream()
                    .filter(g -> g.id().equals(groupId))
                    .findFirst()
                    .orElse(null);
            if (group == null) {
                errors.add(new FieldError(
                        "/staff/" + groupId, "'" + groupId + "' is not a group an operation staffs one by one"));
            } else if (people == null || people.stream().anyMatch(p -> p == null || p.isBlank())) {
                errors.add(new FieldError("/staff/" + groupId, "must be a list of user ids"));
            } else {
                wanted.put(group, List.copyOf(people));
            }
        });
        if (!errors.isEmpty()) {
            throw InputRejectedException.invalid(errors);
        }
        return wanted;
    }

    private Staff staffOf(String code) {
        var current = staff.current(code);
        List<GroupStaff> groups = OperationStaffing.STAFFED_GROUPS.stream()
                .map(group -> new GroupStaff(group.id(), group.displayName(), current.get(group)))
                .toList();
        List<Change> audit = changes.of(code).stream()
                .map(c -> new Change(
                        c.groupId(), c.userId(), c.change().name(), c.changedBy(), c.source(), c.changedAt()))
                .toList();
        return new Staff(code, groups, audit);
    }

    private void requireRole(Set<String> allowed) {
        if (currentUser.groupIds().stream().noneMatch(allowed::contains)) {
            throw new InputRejectedException(
                    403,
                    List.of(new FieldError("", "only headquarters and administrators manage an operation's staff")));
        }
    }

    /** The staff wanted, by group id: each group given gets exactly these people; a group left out keeps its own. */
    record StaffChange(Map<String, List<String>> staff) {}

    /** An operation's staff by group, and every change made to it. */
    record Staff(String operationCode, List<GroupStaff> groups, List<Change> changes) {}

    record GroupStaff(String groupId, String groupName, List<String> people) {}

    record Change(String groupId, String userId, String change, String changedBy, String source, Instant changedAt) {}
}
