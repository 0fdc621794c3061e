package org.peaceops.engine.staffing;

import static org.peaceops.engine.staffing.OperationStaffing.STAFFED_GROUPS;
import static org.peaceops.engine.staffing.OperationStaffing.peopleKey;
import static org.peaceops.engine.staffing.OperationStaffing.staffKey;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.spin.plugin.variable.SpinValues;
import org.peaceops.engine.access.ActorGroup;
import org.springframework.stereotype.Component;

/**
 * Create listener of "Staff the operation": offers, for each actor group, the people of the directory
 * who belong to it, and fills each choice with the operation's staff of that group today, so that
 * the form starts from what is, not from nothing. JSON variables, because that is what Tasklist's
 * forms read as a list of options and as the value of a tag list.
 */
@Component
public class StaffingChoicesListener implements TaskListener {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final OperationStaff staff;

    public StaffingChoicesListener(OperationStaff staff) {
        this.staff = staff;
    }

    @Override
    public void notify(DelegateTask task) {
        String operationCode = task.getExecution().getProcessBusinessKey();
        Map<ActorGroup, List<String>> current = staff.current(operationCode);
        for (ActorGroup group : STAFFED_GROUPS) {
            List<Map<String, String>> choices = staff.offered(group).stream()
                    .map(person -> Map.of("label", person.name() + " (" + person.id() + ")", "value", person.id()))
                    .toList();
            task.setVariableLocal(
                    peopleKey(group), SpinValues.jsonValue(json(choices)).create());
            task.setVariableLocal(
                    staffKey(group),
                    SpinValues.jsonValue(json(current.get(group))).create());
        }
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
