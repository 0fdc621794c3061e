package org.peaceops.engine.camunda;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.peaceops.engine.EngineTest;
import org.peaceops.engine.ProcessDriver;
import org.peaceops.engine.RoundTripCounter;
import org.peaceops.engine.Transitions;
import org.peaceops.engine.staffing.OperationStaffing;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A task list with each task's form, as the engine REST API and Tasklist ask for it, takes as many
 * round trips for tasks of several processes as for tasks of one: the form keys come from the
 * definitions this node has parsed, not from a read of each definition's row.
 */
@EngineTest
class TaskListRoundTripsTest {

    @Autowired
    Transitions transitions;

    @Autowired
    ProcessDriver driver;

    @Autowired
    TaskService taskService;

    @Autowired
    RoundTripCounter roundTrips;

    @Test
    void tasksOfTwoProcessesWithTheirFormsTakeAsManyRoundTripsAsTasksOfOne() {
        String code = transitions.newOperation();
        driver.startLifecycle(code);
        @SuppressWarnings("unchecked")
        List<Task>[] listed = new List[2];

        long ofOne = roundTrips.of(() -> listed[0] = taskService
                .createTaskQuery()
                .tenantIdIn(code)
                .processDefinitionKey(OperationStaffing.PROCESS_ID)
                .initializeFormKeys()
                .list());
        long ofTwo = roundTrips.of(() -> listed[1] = taskService
                .createTaskQuery()
                .tenantIdIn(code)
                .initializeFormKeys()
                .list());

        assertThat(listed[0]).hasSize(1);
        assertThat(listed[1])
                .as("the staffing and the terms of reference")
                .hasSize(2)
                .extracting(Task::getProcessDefinitionId)
                .doesNotHaveDuplicates();
        assertThat(listed[1])
                .allSatisfy(
                        task -> assertThat(task.getCamundaFormRef().getKey()).startsWith("form-"));
        assertThat(ofTwo).isEqualTo(ofOne);
    }
}
