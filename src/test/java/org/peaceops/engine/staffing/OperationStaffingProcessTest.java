package org.peaceops.engine.staffing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.peaceops.engine.staffing.OperationStaffing.*;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.spin.json.SpinJsonNode;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peaceops.engine.ProcessDriver;
import org.peaceops.engine.ProcessTest;
import org.peaceops.engine.Transitions;
import org.peaceops.engine.access.ActorGroup;
import org.peaceops.engine.access.OperationTenants;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * operation-staffing.bpmn: registering an operation, by the start form or the portfolio import, asks
 * headquarters to staff it; completing the task makes the people chosen the operation's staff.
 */
@ProcessTest
class OperationStaffingProcessTest {

    @Autowired
    ProcessEngine engine;

    @Autowired
    ProcessDriver driver;

    @Autowired
    Transitions transitions;

    @Autowired
    StaffChanges changes;

    @Autowired
    OperationTenants tenants;

    String code;
    String officer;
    String minister;

    @BeforeEach
    void setUp() {
        code = transitions.newOperation();
        officer = user(ActorGroup.TRANSITION_CELL);
        minister = user(ActorGroup.HOST_GOVERNMENT);
    }

    @Test
    void aRegisteredOperationAsksHeadquartersToPickThePeopleOfEachGroup() {
        driver.startLifecycle(code);

        var task = driver.task(code, TASK_STAFF_OPERATION);
        assertThat(task.getName()).isEqualTo(code + ": Staff the operation");
        assertThat(driver.groupsOf(task)).containsExactly("hq-task-force");
        assertThat(task.getDueDate()).isNotNull();
        assertThat(task.getDescription()).contains("Pick the people of each actor group");
        assertThat(task.getTenantId()).isEqualTo(code);
        assertThat(task.getCamundaFormRef().getKey()).isEqualTo(FORM_STAFF_OPERATION);
        SpinJsonNode offered = json(task.getId(), peopleKey(ActorGroup.TRANSITION_CELL));
        assertThat(offered.elements())
                .as("everyone of the group in the directory is offered, by name")
                .anySatisfy(person -> {
                    assertThat(person.prop("value").stringValue()).isEqualTo(officer);
                    assertThat(person.prop("label").stringValue()).isEqualTo("Test " + officer + " (" + officer + ")");
                });
        assertThat(json(task.getId(), peopleKey(ActorGroup.TRANSITION_CELL)).elements())
                .noneSatisfy(
                        person -> assertThat(person.prop("value").stringValue()).isEqualTo(minister));
        assertThat(json(task.getId(), staffKey(ActorGroup.TRANSITION_CELL)).elements())
                .as("nobody is on a new operation's staff yet")
                .isEmpty();
    }

    @Test
    void thePeopleChosenJoinTheOperationAndItsFilterAndTheChangeIsAudited() {
        var lifecycle = driver.startLifecycle(code);

        driver.complete(
                code,
                TASK_STAFF_OPERATION,
                Map.of(
                        staffKey(ActorGroup.TRANSITION_CELL), list(officer),
                        staffKey(ActorGroup.HOST_GOVERNMENT), list(minister)));

        var identity = engine.getIdentityService();
        assertThat(identity.createTenantQuery()
                        .tenantId(code)
                        .userMember(officer)
                        .count())
                .isOne();
        assertThat(identity.createTenantQuery()
                        .tenantId(code)
                        .userMember(minister)
                        .count())
                .isOne();
        var filter = engine.getFilterService()
                .createFilterQuery()
                .filterName(tenants.filterName(code))
                .singleResult();
        assertThat(engine.getAuthorizationService()
                        .isUserAuthorized(officer, List.of(), Permissions.READ, Resources.FILTER, filter.getId()))
                .isTrue();
        assertThat(changes.of(code))
                .extracting(c -> c.groupId() + " " + c.userId() + " " + c.change() + " " + c.source())
                .containsExactlyInAnyOrder(
                        "transition-cell " + officer + " ADDED TASK", "host-government " + minister + " ADDED TASK");
        assertThat(engine.getRuntimeService()
                        .createProcessInstanceQuery()
                        .processDefinitionKey(PROCESS_ID)
                        .processInstanceBusinessKey(code)
                        .count())
                .as("the staffing is over")
                .isZero();
        assertThat(lifecycle).isActive();
    }

    @Test
    void someoneWhoIsNotOfTheGroupIsRefusedOnTheGroupsFieldAndNobodyJoins() {
        driver.startLifecycle(code);

        driver.refused(
                code,
                TASK_STAFF_OPERATION,
                Map.of(staffKey(ActorGroup.TRANSITION_CELL), list(officer, minister)),
                staffKey(ActorGroup.TRANSITION_CELL),
                "is not a member of this group in the directory");

        assertThat(engine.getIdentityService()
                        .createTenantQuery()
                        .tenantId(code)
                        .userMember(officer)
                        .count())
                .isZero();
        assertThat(changes.of(code)).isEmpty();
    }

    @Test
    void anOperationImportedInDrawdownIsStaffedToo() {
        transitions.imported(code, Transitions.DRAWDOWN_OPERATION);

        assertThat(driver.task(code, TASK_STAFF_OPERATION)).isNotNull();
    }

    private SpinJsonNode json(String taskId, String name) {
        return (SpinJsonNode) engine.getTaskService().getVariable(taskId, name);
    }

    private static Object list(String... ids) {
        return SpinValues.jsonValue(SpinJsonNodes.array(ids)).create();
    }

    /** A person of the group in the directory, named "Test" and their id. */
    private String user(ActorGroup group) {
        String id = group.id() + "-" + UUID.randomUUID().toString().substring(0, 6);
        var identity = engine.getIdentityService();
        var user = identity.newUser(id);
        user.setFirstName("Test");
        user.setLastName(id);
        identity.saveUser(user);
        identity.createMembership(id, group.id());
        return id;
    }

    private static final class SpinJsonNodes {
        static String array(String... ids) {
            return java.util.Arrays.stream(ids)
                    .map(id -> "\"" + id + "\"")
                    .collect(java.util.stream.Collectors.joining(",", "[", "]"));
        }
    }
}
