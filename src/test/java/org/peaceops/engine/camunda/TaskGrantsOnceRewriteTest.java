package org.peaceops.engine.camunda;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Which statements {@link TaskGrantsOnce} rewrites, to what, and which it leaves to the engine. */
class TaskGrantsOnceRewriteTest {

    private static final String COLUMNS = "select distinct RES.REV_, RES.ID_, RES.NAME_, RES.CREATE_TIME_ ";
    private static final String GRANTS = "( SELECT A.* FROM ACT_RU_AUTHORIZATION A WHERE A.TYPE_ < 2"
            + " AND ( A.USER_ID_ in ( ?, '*') OR A.GROUP_ID_ IN ( ? ) )"
            + " AND ( ( A.RESOURCE_TYPE_ = ? AND A.PERMS_ & ? = ? OR A.RESOURCE_TYPE_ = ? AND A.PERMS_ & ? = ? ) ) )";
    private static final String JOIN =
            "left join " + GRANTS + " AUTH ON (AUTH.RESOURCE_ID_ IN ( RES.ID_ , D.KEY_ , '*' ))";
    private static final String FROM = "from ACT_RU_TASK RES left join ACT_RE_PROCDEF D on RES.PROC_DEF_ID_ = D.ID_ ";
    /** The engine's task list for a caller in some tenants, as PostgreSQL gets it. */
    static final String LIST = COLUMNS + FROM + JOIN
            + " WHERE ( 1 = 1 ) and ( (RES.CASE_EXECUTION_ID_ IS NOT NULL) OR (AUTH.RESOURCE_ID_ IS NOT NULL) )"
            + " and (RES.TENANT_ID_ is null or RES.TENANT_ID_ in ( ? ) ) order by RES.CREATE_TIME_ desc LIMIT ? OFFSET ?";

    private static final String VISIBLE = "(RES.ID_ IN (SELECT RESOURCE_ID_ FROM TASK_GRANTS)"
            + " OR D.KEY_ IN (SELECT RESOURCE_ID_ FROM TASK_GRANTS)"
            + " OR EXISTS (SELECT 1 FROM TASK_GRANTS WHERE RESOURCE_ID_ = '*'))";

    @Test
    void theTaskListReadsTheGrantsOnceAheadAndLooksTasksUpInThem() {
        assertThat(TaskGrantsOnce.rewrite(LIST))
                .contains("WITH TASK_GRANTS AS (SELECT A.RESOURCE_ID_ FROM ACT_RU_AUTHORIZATION A WHERE A.TYPE_ < 2"
                        + " AND ( A.USER_ID_ in ( ?, '*') OR A.GROUP_ID_ IN ( ? ) )"
                        + " AND ( ( A.RESOURCE_TYPE_ = ? AND A.PERMS_ & ? = ? OR A.RESOURCE_TYPE_ = ? AND A.PERMS_ & ? = ? ) ) ) "
                        + COLUMNS + FROM
                        + " WHERE ( 1 = 1 ) and ( (RES.CASE_EXECUTION_ID_ IS NOT NULL) OR (" + VISIBLE + ") )"
                        + " and (RES.TENANT_ID_ is null or RES.TENANT_ID_ in ( ? ) ) order by RES.CREATE_TIME_ desc"
                        + " LIMIT ? OFFSET ?");
    }

    static Stream<Arguments> rewritten() {
        return Stream.of(
                Arguments.of("the list", LIST),
                Arguments.of(
                        "PostgreSQL's count",
                        "SELECT COUNT(*) FROM (SELECT DISTINCT RES.ID_ " + FROM + JOIN
                                + " WHERE ( 1 = 1 ) and ( (RES.CASE_EXECUTION_ID_ IS NOT NULL) OR"
                                + " (AUTH.RESOURCE_ID_ IS NOT NULL) ) ) countDistinct"),
                Arguments.of(
                        "H2's count",
                        "select count(distinct RES.ID_ ) " + FROM + JOIN
                                + " WHERE ( 1 = 1 ) and ( (RES.CASE_EXECUTION_ID_ IS NOT NULL) OR"
                                + " (AUTH.RESOURCE_ID_ IS NOT NULL) )"),
                Arguments.of(
                        "the inner join, over lines as MyBatis leaves them",
                        COLUMNS + "\n    " + FROM.replace(" left join ", "\n      left join ")
                                + JOIN.replace("left join", "inner join").replace(" AND ", "\n     AND ")
                                + "\n WHERE ( 1 = 1 ) and AUTH.RESOURCE_ID_ IS NOT NULL\n order by RES.ID_"),
                Arguments.of(
                        "criteria with parameters between the join and the check",
                        COLUMNS + FROM + JOIN + " WHERE ( 1 = 1 ) and RES.NAME_ = ? and RES.ASSIGNEE_ in ( ?, ? )"
                                + " and ( (RES.CASE_EXECUTION_ID_ IS NOT NULL) OR (AUTH.RESOURCE_ID_ IS NOT NULL) )"));
    }

    /** Statements the engine wrote for task queries of each kind, one per line after a line saying what. */
    static Stream<Arguments> theEnginesOwn() throws IOException {
        List<String> lines = new ArrayList<>();
        try (var in = TaskGrantsOnceRewriteTest.class.getResourceAsStream("/camunda/engine-task-queries.sql")) {
            new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().forEach(lines::add);
        }
        List<Arguments> statements = new ArrayList<>();
        for (int i = 0; i + 1 < lines.size(); i += 2) {
            statements.add(Arguments.of(lines.get(i).substring("-- ".length()), lines.get(i + 1)));
        }
        return statements.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource({"rewritten", "theEnginesOwn"})
    void rewritten(String what, String sql) {
        String better = TaskGrantsOnce.rewrite(sql).orElseThrow();

        assertThat(better).startsWith("WITH TASK_GRANTS AS (SELECT A.RESOURCE_ID_ FROM ACT_RU_AUTHORIZATION A");
        assertThat(better).contains(VISIBLE).doesNotContain("AUTH.").doesNotContain("A.*");
        assertThat(parameters(better))
                .as("each parameter where the engine binds it: after the same words, in the same order")
                .isEqualTo(parameters(sql));
    }

    static Stream<Arguments> leftToTheEngine() {
        return Stream.of(
                Arguments.of(
                        "no distinct: a task several grants match is listed once per grant",
                        LIST.replace("distinct ", "")),
                Arguments.of(
                        "a parameter before the join, which the grants ahead would overtake",
                        LIST.replace("RES.CREATE_TIME_ from", "RES.CREATE_TIME_, ? from")),
                Arguments.of(
                        "a join on other columns",
                        LIST.replace("IN ( RES.ID_ , D.KEY_ , '*' )", "IN ( RES.PROC_INST_ID_ , '*' )")),
                Arguments.of(
                        "a second check on another join",
                        LIST.replace(
                                "(AUTH.RESOURCE_ID_ IS NOT NULL)",
                                "(AUTH.RESOURCE_ID_ IS NOT NULL AND AUTH1.RESOURCE_ID_ IS NOT NULL)")),
                Arguments.of(
                        "a column of the grants used elsewhere",
                        LIST.replace("order by RES.", "order by AUTH.PERMS_, RES.")),
                Arguments.of("no check of the grants", LIST.replace("(AUTH.RESOURCE_ID_ IS NOT NULL)", "(1 = 1)")),
                Arguments.of("a statement that has its own common table expressions", "WITH X AS (SELECT 1) " + LIST),
                Arguments.of(
                        "a distinct list only inside a sub-query",
                        LIST.replaceFirst("select distinct", "select")
                                .replace(
                                        " WHERE ( 1 = 1 )",
                                        " WHERE RES.ID_ in (select distinct X.ID_ from X) and ( 1 = 1 )")),
                Arguments.of("a sub-query left open", LIST.substring(0, LIST.indexOf(" AUTH ON"))),
                Arguments.of(
                        "the revoke-aware check",
                        COLUMNS + FROM + "WHERE ( 1 = 1 ) AND ( CASE WHEN RES.ID_ IN"
                                + " (SELECT A.RESOURCE_ID_ FROM ACT_RU_AUTHORIZATION A WHERE A.TYPE_ = 1) THEN 1 ELSE 0 END ) = 1"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void leftToTheEngine(String what, String sql) {
        assertThat(TaskGrantsOnce.rewrite(sql)).isEmpty();
    }

    /** For each parameter, the three words before it, in order. */
    private static List<String> parameters(String sql) {
        List<String> before = new ArrayList<>();
        String[] words = sql.trim().split("\\s+");
        for (int i = 0; i < words.length; i++) {
            if (words[i].contains("?")) {
                before.add(String.join(" ", List.of(words).subList(Math.max(0, i - 3), i + 1)));
            }
        }
        return before;
    }
}
