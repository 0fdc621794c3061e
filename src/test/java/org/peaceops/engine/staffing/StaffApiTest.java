package org.peaceops.engine.staffing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.peaceops.engine.EngineTest;
import org.peaceops.engine.ProcessDriver;
import org.peaceops.engine.RestClient;
import org.peaceops.engine.access.ActorGroup;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * {@code /api/operations/{code}/staff}: headquarters changes an operation's staff after the first
 * staffing, each change audited; anyone else, and any bad change, is refused with nothing changed.
 */
@EngineTest
class StaffApiTest {

    @LocalServerPort
    int port;

    @Autowired
    ProcessEngine engine;

    @Autowired
    StaffChanges changes;

    @Autowired
    ProcessDriver driver;

    RestClient rest;
    String code;
    String officer;
    String secondOfficer;
    String minister;

    @BeforeEach
    void setUp() {
        rest = new RestClient(port);
        code = "STAFF-" + UUID.randomUUID().toString().substring(0, 5).toUpperCase();
        var created = rest.post(
                "/api/portfolio",
                "hq-planner",
                Map.of(
                        "format",
                        "transition-portfolio/1",
                        "operations",
                        List.of(Map.of(
                                "code",
                                code,
                                "name",
                                "Staffing " + code,
                                "type",
                                "SPM",
                                "hostCountry",
                                "XAR",
                                "transition",
                                Map.of("trigger", "PLANNED", "startedOn", "2025-01-01")))));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        // the operation is opened, and its staffing started, in a job after the import, as the job executor would
        driver.runJobs(code);
        officer = user(ActorGroup.TRANSITION_CELL);
        secondOfficer = user(ActorGroup.TRANSITION_CELL);
        minister = user(ActorGroup.HOST_GOVERNMENT);
    }

    @Test
    void headquartersSetsAGroupsPeopleAndTheOthersKeepTheirs() {
        var first = rest.put(
                staff(),
                "hq-planner",
                Map.of(
                        "staff",
                        Map.of(
                                "transition-cell",
                                List.of(officer, secondOfficer),
                                "host-government",
                                List.of(minister))));
        assertThat(first.status()).as(first.body()).isEqualTo(200);

        var second = rest.put(staff(), "hq-planner", Map.of("staff", Map.of("transition-cell", List.of(officer))));

        assertThat(second.status()).as(second.body()).isEqualTo(200);
        assertThat(people(second, "transition-cell")).containsExactly(officer);
        assertThat(people(second, "host-government"))
                .as("a group left out keeps its people")
                .containsExactly(minister);
        assertThat(member(secondOfficer))
                .as("taken off their only group, they leave the operation")
                .isFalse();
        assertThat(member(officer)).isTrue();
        assertThat(changes.of(code))
                .extracting(c -> c.userId() + " " + c.change() + " by " + c.changedBy() + " via " + c.source())
                .containsExactlyInAnyOrder(
                        officer + " ADDED by hq-planner via API",
                        secondOfficer + " ADDED by hq-planner via API",
                        minister + " ADDED by hq-planner via API",
                        secondOfficer + " REMOVED by hq-planner via API")
                .last()
                .isEqualTo(secondOfficer + " REMOVED by hq-planner via API");
        var read = rest.get(staff(), "manager");
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json().path("changes")).hasSize(4);
        assertThat(read.json().path("groups").get(1).path("groupName").asText())
                .isEqualTo("Mission planning and transition cell");
    }

    @ParameterizedTest(name = "{0} is refused with {2} on {3}")
    @CsvSource({
        "a group no operation staffs,       '{\"staff\": {\"hq-task-force\": []}}', 400, /staff/hq-task-force",
        "an unknown group,                  '{\"staff\": {\"friends\": []}}',       400, /staff/friends",
        "a person of another group,         '{\"staff\": {\"transition-cell\": [\"MINISTER\"]}}', 400, /staff/transition-cell/0",
        "a person not in the directory,     '{\"staff\": {\"transition-cell\": [\"nobody-at-all\"]}}', 400, /staff/transition-cell/0",
        "a list that is no list of ids,     '{\"staff\": {\"transition-cell\": [null]}}', 400, /staff/transition-cell",
        "no staff at all,                   '{}', 400, /staff",
        "a body cut short,                  '{\"staff\": ', 400, /staff"
    })
    void aBadChangeIsRefusedNamingTheFieldAndNothingChanges(String problem, String body, int status, String path) {
        var response = rest.putRaw(staff(), "hq-planner", body.replace("MINISTER", minister));

        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.json().path("errors").findValuesAsText("path")).contains(path);
        assertThat(changes.of(code)).isEmpty();
        assertThat(member(minister)).isFalse();
    }

    @ParameterizedTest(name = "{0} may not change the staff: {1}")
    @CsvSource({"manager, 403", "transition-officer, 403", "monusco-host, 403", ", 401"})
    void onlyHeadquartersAndAdministratorsChangeTheStaff(String caller, int status) {
        var response = rest.put(staff(), caller, Map.of("staff", Map.of("transition-cell", List.of(officer))));

        assertThat(response.status()).isEqualTo(status);
        assertThat(member(officer)).isFalse();
        assertThat(changes.of(code)).isEmpty();
        assertThat(rest.put(staff(), "demo", Map.of("staff", Map.of("transition-cell", List.of(officer))))
                        .status())
                .isEqualTo(200);
    }

    @Test
    void theStaffingTaskTakesTheTagListsAsTasklistSendsThemAndNothingElseAsJson() {
        String task = engine.getTaskService()
                .createTaskQuery()
                .processInstanceBusinessKey(code)
                .taskDefinitionKey(OperationStaffing.TASK_STAFF_OPERATION)
                .singleResult()
                .getId();
        String submit = "/engine-rest/task/" + task + "/submit-form";

        var notAList = rest.post(
                submit,
                "hq-planner",
                Map.of(
                        "variables",
                        Map.of(
                                "staffTransitionCell",
                                Map.of("type", "Json", "value", "{\"id\": \"" + officer + "\"}"))));
        assertThat(notAList.status()).as(notAList.body()).isEqualTo(400);
        assertThat(notAList.json().path("errors").findValuesAsText("path")).contains("staffTransitionCell");
        assertThat(member(officer)).isFalse();

        var asTasklist = rest.post(
                submit,
                "hq-planner",
                Map.of(
                        "variables",
                        Map.of("staffTransitionCell", Map.of("type", "Json", "value", "[\"" + officer + "\"]"))));

        assertThat(asTasklist.status()).as(asTasklist.body()).isEqualTo(204);
        assertThat(member(officer)).isTrue();
        assertThat(changes.of(code))
                .extracting(StaffChanges.StaffChange::source)
                .containsExactly("TASK");
    }

    @Test
    void anUnknownOperationIsNotFoundAndStaffMayNotReadTheStaff() {
        assertThat(rest.get("/api/operations/NOPE-1/staff", "hq-planner").status())
                .isEqualTo(404);
        assertThat(rest.get(staff(), "transition-officer").status()).isEqualTo(403);
    }

    private String staff() {
        return "/api/operations/" + code + "/staff";
    }

    private static List<String> people(RestClient.Response response, String group) {
        for (var node : response.json().path("groups")) {
            if (node.path("groupId").asText().equals(group)) {
                return java.util.stream.StreamSupport.stream(node.path("people").spliterator(), false)
                        .map(com.fasterxml.jackson.databind.JsonNode::asText)
                        .toList();
            }
        }
        throw new AssertionError("no group " + group);
    }

    private boolean member(String userId) {
        return engine.getIdentityService()
                        .createTenantQuery()
                        .tenantId(code)
                        .userMember(userId)
                        .count()
                > 0;
    }

    /** A person of the group in the directory; their password is their id, as the demo's. */
    private String user(ActorGroup group) {
        String id = "staff-" + UUID.randomUUID().toString().substring(0, 8);
        var identity = engine.getIdentityService();
        var user = identity.newUser(id);
        user.setFirstName("Test");
        user.setLastName(group.id());
        user.setPassword(id);
        identity.saveUser(user);
        identity.createMembership(id, group.id());
        return id;
    }
}
