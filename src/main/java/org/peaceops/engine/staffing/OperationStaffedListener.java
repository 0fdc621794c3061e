package org.peaceops.engine.staffing;

import static org.peaceops.engine.staffing.OperationStaffing.STAFFED_GROUPS;
import static org.peaceops.engine.staffing.OperationStaffing.staffKey;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.spin.json.SpinJsonNode;
import org.peaceops.engine.access.ActorGroup;
import org.peaceops.engine.access.CurrentUser;
import org.peaceops.engine.shared.FieldError;
import org.peaceops.engine.shared.InputRejectedException;
import org.peaceops.engine.shared.OperationVariables;
import org.peaceops.engine.shared.WorkingLanguage;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Complete listener of "Staff the operation": the people chosen for each group become the operation's
 * staff (its tenant and its filter), and those taken off leave it. Someone who is not of the group in
 * the directory is refused, naming the group's field, and nothing changes.
 */
@Component
public class OperationStaffedListener implements TaskListener {

    static final String SOURCE = "TASK";

    private final OperationStaff staff;
    private final CurrentUser currentUser;
    private final MessageSource messages;

    public OperationStaffedListener(OperationStaff staff, CurrentUser currentUser, MessageSource messages) {
        this.staff = staff;
        this.currentUser = currentUser;
        this.messages = messages;
    }

    @Override
    public void notify(DelegateTask task) {
        Map<ActorGroup, List<String>> wanted = new LinkedHashMap<>();
        for (ActorGroup group : STAFFED_GROUPS) {
            wanted.put(group, people(task.getVariable(staffKey(group))));
        }
        Locale language = WorkingLanguage.of((String) task.getVariable(OperationVariables.WORKING_LANGUAGE))
                .locale();
        List<FieldError> errors = staff.misfits(wanted).stream()
                .map(misfit -> new FieldError(staffKey(misfit.group()), refusal(misfit, language)))
                .toList();
        if (!errors.isEmpty()) {
            throw InputRejectedException.invalid(errors);
        }
        staff.replace(task.getExecution().getProcessBusinessKey(), wanted, currentUser.completing(task), SOURCE);
    }

    /** “Mission planning and transition cell”: ‘someone’ is not a member of the group in the directory. */
    private String refusal(OperationStaff.Misfit misfit, Locale language) {
        String label = messages.getMessage(
                "form." + OperationStaffing.FORM_STAFF_OPERATION + ".Field_" + staffKey(misfit.group()) + ".label",
                null,
                misfit.group().displayName(),
                language);
        return messages.getMessage("refusal.notOfGroup", new Object[] {label, misfit.userId()}, language);
    }

    /** The ids chosen: Tasklist sends a tag list as a JSON array; other clients may send a list. */
    private static List<String> people(Object value) {
        List<String> ids = new ArrayList<>();
        if (value instanceof SpinJsonNode json && json.isArray()) {
            json.elements()
                    .forEach(element -> ids.add(element.isString() ? element.stringValue() : element.toString()));
        } else if (value instanceof Collection<?> items) {
            items.forEach(item -> ids.add(String.valueOf(item)));
        }
        return ids;
    }
}
