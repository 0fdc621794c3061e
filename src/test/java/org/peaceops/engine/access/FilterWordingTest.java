package org.peaceops.engine.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
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
