package org.peaceops.engine.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.peaceops.engine.EngineTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Headquarters, managers and administrators see the same few Tasklist filters however many operations
 * there are; each operation's staff see its own filter; databases from before lose the grants that
 * made headquarters' list grow.
 */
@EngineTest
class BoundedFiltersTest {

    @Autowired
    ProcessEngine engine;

    @Autowired
    OperationTenants tenants;

    @Autowired
    AccessSetup accessSetup;

    @AfterEach
    void signOut() {
        engine.getIdentityService().clearAuthentication();
    }

    @Test
    void newOperationsAddNoFilterToTheListsOfHeadquartersManagersAndAdministrators() {
        long headquarters = filtersSeenBy("hq-planner", "hq-task-force");
        long managers = filtersSeenBy("manager", "transition-managers");
        long administrators = filtersSeenBy("demo", "camunda-admin");

        String suffix = suffix();
        for (int i = 0; i < 3; i++) {
            tenants.open("BOUND" + i + suffix, "Bounded operation " + i);
        }

        assertThat(filtersSeenBy("hq-planner", "hq-task-force"))
                .isEqualTo(headquarters)
                .isEqualTo(5);
        assertThat(filtersSeenBy("manager", "transition-managers"))
                .isEqualTo(managers)
                .isEqualTo(4);
        assertThat(filtersSeenBy("demo", "camunda-admin"))
                .isEqualTo(administrators)
                .isEqualTo(4);
    }

    @Test
    void anOperationsStaffSeeItsFilterAndNoneOfTheHeadquartersFilters() {
        String operation = "BOUNDSTAFF" + suffix();
        // a staff member of their own: the demo users' tenants are the demo's
        String staff = operation.toLowerCase() + "-host";
        engine.getIdentityService().saveUser(engine.getIdentityService().newUser(staff));
        engine.getIdentityService().createMembership(staff, "host-government");
        tenants.open(operation, "Bounded staff operation");
        tenants.addStaff(operation, staff);

        signIn(staff, "host-government");
        List<String> names = engine.getFilterService().createFilterQuery().list().stream()
                .map(Filter::getName)
                .toList();

        assertThat(names)
                .contains(tenants.filterName(operation), "My tasks")
                .doesNotContain(AccessSetup.OPERATIONS_IN_TRANSITION, "HQ integrated task force");
    }

    @Test
    void administratorsStillOpenAnOperationsFilterByItsId() {
        String filterId = operationFilterId("TRAINEX");
        signIn("demo", "camunda-admin");

        Filter exercise = engine.getFilterService().getFilter(filterId);

        assertThat(exercise.getName()).isEqualTo("Operation TRAINEX");
    }

    @Test
    void aDatabaseFromBeforeLosesHeadquartersGrantsOnOperationFiltersAtStartAndKeepsStaffGrants() {
        String filterId = operationFilterId("TRAINEX");
        var old = engine.getAuthorizationService().createNewAuthorization(AUTH_TYPE_GRANT);
        old.setGroupId("hq-task-force");
        old.setResource(Resources.FILTER);
        old.setResourceId(filterId);
        old.addPermission(Permissions.READ);
        engine.getAuthorizationService().saveAuthorization(old);
        engine.getManagementService().deleteProperty(AccessSetup.FILTERS_WITHDRAWN); // a database from before

        accessSetup.setUp();
        accessSetup.setUp();

        assertThat(filterGrants(filterId)).noneMatch(grant -> grant.getGroupId() != null);
        assertThat(filterGrants(filterId)).anyMatch(grant -> "trainex-host".equals(grant.getUserId()));
    }

    @Test
    void aGrantAnAdministratorGivesHeadquartersLaterStaysOverRestarts() {
        String filterId = operationFilterId("TRAINEX");
        var given = engine.getAuthorizationService().createNewAuthorization(AUTH_TYPE_GRANT);
        given.setGroupId("hq-task-force");
        given.setResource(Resources.FILTER);
        given.setResourceId(filterId);
        given.addPermission(Permissions.READ);
        engine.getAuthorizationService().saveAuthorization(given);

        accessSetup.setUp();

        assertThat(filterGrants(filterId)).anyMatch(grant -> "hq-task-force".equals(grant.getGroupId()));
        engine.getAuthorizationService().deleteAuthorization(given.getId());
    }

    private java.util.List<org.camunda.bpm.engine.authorization.Authorization> filterGrants(String filterId) {
        return engine.getAuthorizationService()
                .createAuthorizationQuery()
                .resourceType(Resources.FILTER)
                .resourceId(filterId)
                .list();
    }

    private long filtersSeenBy(String user, String group) {
        signIn(user, group);
        try {
            return engine.getFilterService().createFilterQuery().count();
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
    }

    private String operationFilterId(String operation) {
        return engine.getFilterService()
                .createFilterQuery()
                .filterName(tenants.filterName(operation))
                .singleResult()
                .getId();
    }

    private void signIn(String user, String group) {
        engine.getIdentityService().setAuthentication(user, List.of(group));
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    }
}
