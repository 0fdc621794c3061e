package org.peaceops.engine.camunda;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.camunda.bpm.engine.variable.type.ValueType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peaceops.engine.EngineTest;
import org.peaceops.engine.ProcessDriver;
import org.peaceops.engine.RoundTripCounter;
import org.peaceops.engine.Transitions;
import org.peaceops.engine.assessment.StrategicAssessment;
import org.peaceops.engine.shared.OperationVariables;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every kind of task query the engine writes with the grants' join, asked by callers of each kind,
 * gives the same tasks in the same order, and the same count, with {@link TaskGrantsOnce} as with the
 * engine's own statement: criteria and sorts with parameters after the grants, an or-query, candidate
 * groups, tenants, and grants that must not show a task (to read the definition, to update a task).
 */
@EngineTest
class TaskGrantsOnceAgainstTheEnginesOwnTest {

    private static final String READS_DEFINITION = "tgo-reads-definition";
    private static final String UPDATES_TASK = "tgo-updates-task";
    private static final String WITHOUT_GRANTS = "tgo-without-grants";

    @Autowired
    Transitions transitions;

    @Autowired
    ProcessDriver driver;

    @Autowired
    TaskService taskService;

    @Autowired
    IdentityService identityService;

    @Autowired
    ProcessEngine engine;

    @Autowired
    RoundTripCounter roundTrips;

    private TaskCallers callers;

    @BeforeEach
    void callers() {
        callers = new TaskCallers(engine);
    }

    @AfterEach
    void removeWhatTheTestAdded() {
        callers.interceptor().ifPresent(on -> on.on(true));
        identityService.clearAuthentication();
        callers.removeGrants();
        List.of(READS_DEFINITION, UPDATES_TASK, WITHOUT_GRANTS).forEach(identityService::deleteUser);
    }

    @Test
    void everyKindOfTaskQueryGivesTheEnginesOwnAnswerToEveryKindOfCaller() {
        String code = transitions.newOperation();
        driver.startLifecycle(code);
        driver.runJobs(code);
        Task first = driver.task(code, StrategicAssessment.TASK_DRAFT_TERMS_OF_REFERENCE);
        List.of(READS_DEFINITION, UPDATES_TASK, WITHOUT_GRANTS).forEach(id -> {
            identityService.saveUser(identityService.newUser(id));
            identityService.createTenantUserMembership(code, id);
        });
        callers.grant(READS_DEFINITION, Resources.PROCESS_DEFINITION, StrategicAssessment.PROCESS_ID, Permissions.READ);
        callers.grant(UPDATES_TASK, Resources.TASK, first.getId(), Permissions.UPDATE);
        // a grant to everyone on one task: each caller in the operation sees it
        callers.grant(Authorization.ANY, Resources.TASK, first.getId(), Permissions.READ);

        Map<String, Function<TaskQuery, TaskQuery>> kinds = Map.of(
                "every task, newest first",
                query -> query.orderByTaskCreateTime().desc().orderByTaskId().asc(),
                "sorted by a process variable",
                query -> query.orderByProcessVariable(OperationVariables.OPERATION_CODE, ValueType.STRING)
                        .asc()
                        .orderByTaskId()
                        .asc(),
                "with a process variable",
                query -> query.processVariableValueEquals(OperationVariables.OPERATION_CODE, code),
                "an or-query",
                query -> query.or()
                        .taskCandidateGroup("hq-task-force")
                        .processInstanceBusinessKey(code)
                        .endOr()
                        .orderByTaskId()
                        .asc(),
                "for a candidate group",
                query -> query.taskCandidateGroup("mission-analysis"),
                "in one tenant, by name",
                query -> query.tenantIdIn(code)
                        .orderByTaskNameCaseInsensitive()
                        .asc()
                        .orderByTaskId()
                        .asc(),
                "of one definition",
                query -> query.processDefinitionKey(StrategicAssessment.PROCESS_ID));
        List<String> everyone =
                List.of("hq-planner", "analyst", "trainex-host", READS_DEFINITION, UPDATES_TASK, WITHOUT_GRANTS);
        List<String> statements = new ArrayList<>();
        int answers = 0;
        for (String caller : everyone) {
            for (var kind : kinds.entrySet()) {
                Answer rewritten = answer(caller, kind.getValue(), true, statements);
                Answer enginesOwn = answer(caller, kind.getValue(), false, statements);
                assertThat(rewritten).as("%s, %s", caller, kind.getKey()).isEqualTo(enginesOwn);
                answers++;
            }
        }

        assertThat(answers).isEqualTo(everyone.size() * kinds.size());
        assertThat(answer(UPDATES_TASK, query -> query, true, statements).listed())
                .as("a grant to update a task, or to read a definition, shows nothing")
                .containsExactly(first.getId());
        assertThat(answer(READS_DEFINITION, query -> query, true, statements).listed())
                .containsExactly(first.getId());
        if (callers.interceptor().isPresent()) {
            assertThat(statements)
                    .as("the rewritten statements were the ones run")
                    .anySatisfy(sql -> assertThat(sql).startsWith("WITH " + TaskGrantsOnce.GRANTS))
                    .as("with the grants' numbers and the page written in, a later page's first row left a parameter")
                    .anySatisfy(sql -> assertThat(sql)
                            .contains("A.RESOURCE_TYPE_ = " + Resources.TASK.resourceType() + " AND A.PERMS_ & "
                                    + Permissions.READ.getValue() + " = " + Permissions.READ.getValue())
                            .endsWith("LIMIT 2 OFFSET 0"))
                    .anySatisfy(sql -> assertThat(sql).endsWith("LIMIT 2 OFFSET ?"));
        }
    }

    /** A caller's list, count, and first and second page of two. */
    record Answer(List<String> listed, long counted, List<String> page, List<String> nextPage) {}

    private Answer answer(
            String caller, Function<TaskQuery, TaskQuery> kind, boolean rewritten, List<String> statements) {
        callers.interceptor().ifPresent(on -> on.on(rewritten));
        callers.signIn(caller);
        try {
            Supplier<TaskQuery> query = () -> kind.apply(taskService.createTaskQuery());
            List<Object> results = new ArrayList<>();
            statements.addAll(roundTrips.statementsOf(() -> {
                results.add(TaskCallers.ids(query.get().list()));
                results.add(query.get().count());
                results.add(TaskCallers.ids(query.get().listPage(0, 2)));
                results.add(TaskCallers.ids(query.get().listPage(2, 2)));
            }));
            @SuppressWarnings("unchecked")
            var answer = new Answer(
                    (List<String>) results.get(0), (Long) results.get(1), (List<String>) results.get(2), (List<String>)
                            results.get(3));
            return answer;
        } finally {
            identityService.clearAuthentication();
            callers.interceptor().ifPresent(on -> on.on(true));
        }
    }
}
