package org.peaceops.engine.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.peaceops.engine.EngineTest;
import org.peaceops.engine.registry.NewTransition;
import org.peaceops.engine.registry.TransitionRegistry;
import org.peaceops.engine.shared.WorkingLanguage;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The Tasklist filters an operation's staff see are named in its working language: French for a
 * francophone operation, English otherwise; headquarters keep theirs in English.
 */
@EngineTest
class FiltersInWorkingLanguageTest {

    static final List<String> FRENCH = List.of("Mes tâches", "Tâches de mes groupes", "Échéance proche ou dépassée");
    static final List<String> ENGLISH = List.of("My tasks", "My groups' tasks", "Due soon / overdue");

    @Autowired
    ProcessEngine engine;

    @Autowired
    OperationTenants tenants;

    @Autowired
    TransitionRegistry registry;

    @Autowired
    AccessSetup accessSetup;

    @AfterEach
    void signOut() {
        engine.getIdentityService().clearAuthentication();
    }

    @Test
    void aFrancophoneOperationsStaffSeeTheirFiltersInFrenchAndNoneInEnglish() {
        String operation = operation(WorkingLanguage.FR);
        String staff = staffMember(operation);

        List<Filter> seen = filtersSeenBy(staff);

        assertThat(seen)
                .extracting(Filter::getName)
                .containsExactlyInAnyOrder(
                        "Mes tâches", "Tâches de mes groupes", "Échéance proche ou dépassée", "Opération " + operation);
        assertThat(seen)
                .filteredOn(filter -> filter.getName().equals("Opération " + operation))
                .singleElement()
                .satisfies(filter -> assertThat(filter.getProperties().get("description"))
                        .isEqualTo("Mes tâches et celles de mes groupes pour l'opération " + operation));
        assertThat(seen)
                .filteredOn(filter -> filter.getName().equals("Mes tâches"))
                .singleElement()
                .satisfies(filter -> assertThat(
                                filter.getProperties().get("variables").toString())
                        .contains("Opération"));
    }

    @Test
    void anEnglishSpeakingOperationsStaffSeeTheirFiltersInEnglish() {
        String operation = operation(WorkingLanguage.EN);
        String staff = staffMember(operation);

        assertThat(filtersSeenBy(staff))
                .extracting(Filter::getName)
                .containsExactlyInAnyOrder(
                        "My tasks", "My groups' tasks", "Due soon / overdue", "Operation " + operation);
    }

    @Test
    void staffOfAFrenchAndAnEnglishOperationSeeTheirOwnFiltersInFrenchWhateverTheOrderTheyJoinedIn() {
        String french = operation(WorkingLanguage.FR);
        String english = operation(WorkingLanguage.EN);
        String frenchFirst = staffMember(french);
        tenants.addStaff(english, frenchFirst);
        String englishFirst = staffMember(english);
        tenants.addStaff(french, englishFirst);

        for (String staff : List.of(frenchFirst, englishFirst)) {
            assertThat(filtersSeenBy(staff))
                    .extracting(Filter::getName)
                    .containsExactlyInAnyOrder(
                            "Mes tâches",
                            "Tâches de mes groupes",
                            "Échéance proche ou dépassée",
                            "Opération " + french,
                            "Operation " + english);
        }
    }

    @Test
    void headquartersAndManagersKeepTheirFiltersInEnglish() {
        operation(WorkingLanguage.FR);

        engine.getIdentityService().setAuthentication("hq-planner", List.of("hq-task-force"));
        assertThat(engine.getFilterService().createFilterQuery().list())
                .extracting(Filter::getName)
                .containsAll(ENGLISH)
                .doesNotContainAnyElementsOf(FRENCH);
    }

    @Test
    void aDatabaseFromBeforeNamesAFrancophoneOperationsFilterAndItsStaffsFiltersInFrenchOnceAtStart() {
        String operation = operation(WorkingLanguage.FR);
        String staff = staffMember(operation);
        // as a database from before had them: the filter named in English, the staff's filters in English
        Filter filter = engine.getFilterService()
                .createFilterQuery()
                .filterName("Opération " + operation)
                .singleResult();
        filter.setName("Operation " + operation);
        engine.getFilterService().saveFilter(filter);
        engine.getAuthorizationService()
                .createAuthorizationQuery()
                .userIdIn(staff)
                .list()
                .forEach(grant -> engine.getAuthorizationService().deleteAuthorization(grant.getId()));
        var grant = engine.getAuthorizationService().createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        grant.setUserId(staff);
        grant.setResource(Resources.FILTER);
        grant.setResourceId(filter.getId());
        grant.addPermission(Permissions.READ);
        engine.getAuthorizationService().saveAuthorization(grant);
        assertThat(filtersSeenBy(staff)).extracting(Filter::getName).containsAll(ENGLISH);
        engine.getManagementService().deleteProperty(AccessSetup.FILTERS_IN_WORKING_LANGUAGES);

        accessSetup.setUp();

        assertThat(filtersSeenBy(staff))
                .extracting(Filter::getName)
                .containsExactlyInAnyOrder(
                        "Mes tâches", "Tâches de mes groupes", "Échéance proche ou dépassée", "Opération " + operation);
    }

    private String operation(WorkingLanguage language) {
        String code = "LANG" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        registry.register(
                new NewTransition(
                        code, "Operation in " + language.code(), "CD", "COUNCIL_DECISION", LocalDate.now(), language),
                null);
        tenants.open(code, "Operation in " + language.code());
        return code;
    }

    /** A person of their own, in one actor group, on the operation's staff. */
    private String staffMember(String operation) {
        String staff =
                operation.toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 4);
        engine.getIdentityService().saveUser(engine.getIdentityService().newUser(staff));
        engine.getIdentityService().createMembership(staff, "transition-cell");
        tenants.addStaff(operation, staff);
        return staff;
    }

    private List<Filter> filtersSeenBy(String user) {
        engine.getIdentityService().setAuthentication(user, List.of("transition-cell"));
        try {
            return engine.getFilterService().createFilterQuery().list();
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
    }
}
