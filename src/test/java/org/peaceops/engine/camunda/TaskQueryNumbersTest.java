package org.peaceops.engine.camunda;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Which parameters of a rewritten task query are written into its text, and how. */
class TaskQueryNumbersTest {

    /** The engine's task list for a caller in some tenants, as PostgreSQL gets it, with a quoted {@code ?}. */
    private static final String LIST =
            TaskGrantsOnceRewriteTest.LIST.replace(" WHERE ( 1 = 1 )", " WHERE ( 1 = 1 ) and RES.NAME_ = '?'");

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.peaceops.engine.camunda.TaskGrantsOnceRewriteTest#theEnginesOwn")
    void theGrantsNumbersAndThePageOfEveryRewrittenStatementAreWrittenIn(String what, String sql) {
        String rewritten = TaskGrantsOnce.rewrite(sql).orElseThrow();
        List<Integer> positions = TaskQueryNumbers.places(rewritten).positions();

        assertThat(positions)
                .as("two grants' resource type and permission (a task's, its definition's), and the page of a list")
                .hasSize(rewritten.endsWith("LIMIT ? OFFSET ?") ? 8 : 6);
        Map<Integer, Integer> values = new HashMap<>();
        positions.forEach(position -> values.put(position, 1000 + position));
        String inlined = TaskQueryNumbers.places(rewritten).inline(values);
        assertThat(count(inlined, '?')).isEqualTo(count(rewritten, '?') - positions.size());
        assertThat(inlined)
                .doesNotContain("RESOURCE_TYPE_ = ?")
                .doesNotContain("PERMS_ & ?")
                .doesNotContain("LIMIT ?");
    }

    @Test
    void theCallerAndTheTenantsStayParametersAndQuotedTextIsLeftAlone() {
        String rewritten = TaskGrantsOnce.rewrite(LIST).orElseThrow();
        List<Integer> positions = TaskQueryNumbers.places(rewritten).positions();

        assertThat(positions).containsExactly(2, 3, 4, 5, 6, 7, 9, 10);
        String inlined =
                TaskQueryNumbers.places(rewritten).inline(Map.of(2, 7, 3, 2, 4, 2, 5, 6, 6, 64, 7, 64, 9, 15, 10, 30));
        assertThat(inlined)
                .startsWith("WITH TASK_GRANTS AS (SELECT A.RESOURCE_ID_ FROM ACT_RU_AUTHORIZATION A WHERE A.TYPE_ < 2"
                        + " AND ( A.USER_ID_ in ( ?, '*') OR A.GROUP_ID_ IN ( ? ) )"
                        + " AND ( ( A.RESOURCE_TYPE_ = 7 AND A.PERMS_ & 2 = 2"
                        + " OR A.RESOURCE_TYPE_ = 6 AND A.PERMS_ & 64 = 64 ) ) ) ")
                .contains("RES.NAME_ = '?'")
                .endsWith("RES.TENANT_ID_ in ( ? ) ) order by RES.CREATE_TIME_ desc LIMIT 15 OFFSET 30");
    }

    @Test
    void aStatementTheRewriteDidNotWriteHasNoNumbersToWriteIn() {
        assertThat(TaskQueryNumbers.places(LIST).positions()).isEmpty();
        assertThat(TaskQueryNumbers.places("WITH TASK_GRANTS AS (SELECT 1").positions())
                .isEmpty();
    }

    private static long count(String text, char c) {
        return text.chars().filter(each -> each == c).count();
    }
}
