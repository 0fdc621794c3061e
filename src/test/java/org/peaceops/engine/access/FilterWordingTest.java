package org.peaceops.engine.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.filter.Filter;
import org.junit.jupiter.api.Test;
import org.peaceops.engine.EngineTest;
import org.springframework.beans.factory.annotation.Autowired;

/** What Tasklist shows of a filter (its name and the description in its tooltip) is in plain words. */
@EngineTest
class FilterWordingTest {

    @Autowired
    ProcessEngine engine;

    @Autowired
    AccessSetup accessSetup;

    @Test
    void aDatabaseFromBeforeHasItsHeadquartersFiltersDescribedByTheGroupsName() {
        Filter filter = headquartersFilter();
        describe(filter, "Tasks routed to hq-task-force, claimed or not, by operation");

        accessSetup.setUp();

        assertThat(headquartersFilter().getProperties().get("description"))
                .isEqualTo("Tasks routed to the HQ integrated task force, claimed or not, by operation");
    }

    @Test
    void aDescriptionChangedInAdminStaysOverRestarts() {
        Filter filter = headquartersFilter();
        String before = (String) filter.getProperties().get("description");
        describe(filter, "The task force's desk");

        accessSetup.setUp();

        assertThat(headquartersFilter().getProperties().get("description")).isEqualTo("The task force's desk");
        describe(headquartersFilter(), before);
    }

    private Filter headquartersFilter() {
        return engine.getFilterService()
                .createFilterQuery()
                .filterName(ActorGroup.HQ_TASK_FORCE.displayName())
                .singleResult();
    }

    private void describe(Filter filter, String description) {
        Map<String, Object> properties = new HashMap<>(filter.getProperties());
        properties.put("description", description);
        filter.setProperties(properties);
        engine.getFilterService().saveFilter(filter);
    }

    @Test
    void noFilterNamesAGroupByItsId() {
        List<Filter> filters = engine.getFilterService().createFilterQuery().list();
        List<String> groupIds =
                Arrays.stream(ActorGroup.values()).map(ActorGroup::id).toList();

        assertThat(filters).isNotEmpty();
        for (Filter filter : filters) {
            String shown = filter.getName() + " " + filter.getProperties().get("description");
            assertThat(groupIds)
                    .as("group ids in filter %s: %s", filter.getName(), shown)
                    .noneMatch(shown::contains);
        }
    }
}
