package org.peaceops.engine.staffing;

import java.util.Arrays;
import java.util.List;
import org.peaceops.engine.access.ActorGroup;
import org.peaceops.engine.shared.ProcessKeys;

/**
 * The process {@code operation-staffing}: when an operation is registered, headquarters picks the
 * people of each of its actor groups, and the engine makes them the operation's staff. Its element
 * ids, form and field keys.
 */
public final class OperationStaffing {

    public static final String PROCESS_ID = ProcessKeys.OPERATION_STAFFING;
    public static final String TASK_STAFF_OPERATION = "Task_StaffOperation";
    public static final String FORM_STAFF_OPERATION = "form-staff-operation";

    /** The groups an operation staffs one by one: every actor group but headquarters'. */
    public static final List<ActorGroup> STAFFED_GROUPS = Arrays.stream(ActorGroup.values())
            .filter(group -> !group.headquarters())
            .toList();

    private OperationStaffing() {}

    /** The form field that holds the people of the group ({@code staffTransitionCell}). */
    public static String staffKey(ActorGroup group) {
        return "staff" + camelCase(group.id());
    }

    /** The variable that offers the group's people to choose from ({@code peopleTransitionCell}). */
    public static String peopleKey(ActorGroup group) {
        return "people" + camelCase(group.id());
    }

    private static String camelCase(String id) {
        StringBuilder name = new StringBuilder();
        for (String part : id.split("-")) {
            name.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
        }
        return name.toString();
    }
}
