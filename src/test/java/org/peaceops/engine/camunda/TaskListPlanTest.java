package org.peaceops.engine.camunda;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.peaceops.engine.EngineTest;
import org.peaceops.engine.ProcessDriver;
import org.peaceops.engine.Transitions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * On PostgreSQL, headquarters' task list is one statement from request to request, with the page and
 * the grants' numbers in its text ({@link TaskQueryNumbers}): the driver prepares it on the server, and
 * PostgreSQL plans it for the values five times, then keeps one plan. Whether it would have kept one
 * without the numbers depends on the data (at 1,000 operations it did not; in this test's data it
 * does): the bench measures that difference (docs/performance.md#the-task-list-of-headquarters).
 */
@EngineTest
class TaskListPlanTest {

    private static final int REQUESTS = 20;

    @Autowired
    Transitions transitions;

    @Autowired
    ProcessDriver driver;

    @Autowired
    TaskService taskService;

    @Autowired
    ProcessEngine engine;

    @AfterEach
    void signOut() {
        engine.getIdentityService().clearAuthentication();
    }

    /** How PostgreSQL planned the task list's executions on one connection. */
    record Plans(long generic, long custom) {}

    @Test
    void headquartersTaskListIsPlannedOnceAndKeptNotPlannedForEachRequest() {
        var callers = new TaskCallers(engine);
        Assumptions.assumeTrue(callers.interceptor().isPresent(), "the task list is rewritten on PostgreSQL only");
        for (int operation = 0; operation < 3; operation++) {
            String code = transitions.newOperation();
            driver.startLifecycle(code);
            driver.runJobs(code);
        }
        callers.signIn("hq-planner");

        Plans plans = onOneConnection();

        assertThat(plans.generic() + plans.custom())
                .as("every request from the fifth on, prepared on the server")
                .isEqualTo(REQUESTS - 4);
        assertThat(plans.custom())
                .as("planned for its values five times, as PostgreSQL does before it compares")
                .isEqualTo(5);
        assertThat(plans.generic()).as("then planned once and kept").isEqualTo(REQUESTS - 4 - 5);
    }

    /**
     * The page of fifteen newest tasks, asked for {@link #REQUESTS} times in one command, and so on one
     * connection: the driver prepares it on the server from its fifth execution on, and PostgreSQL counts
     * the plans of each prepared statement.
     */
    private Plans onOneConnection() {
        var configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        return configuration.getCommandExecutorTxRequired().execute(context -> {
            for (int request = 0; request < REQUESTS; request++) {
                // as a new command's would be: MyBatis keeps a command's rows for the same statement
                context.getDbSqlSession().getSqlSession().clearCache();
                assertThat(taskService
                                .createTaskQuery()
                                .orderByTaskCreateTime()
                                .desc()
                                .listPage(0, 15))
                        .isNotEmpty();
            }
            var connection = context.getDbSqlSession().getSqlSession().getConnection();
            try (var statement =
                            connection.prepareStatement("select generic_plans, custom_plans from pg_prepared_statements"
                                    + " where statement like 'WITH " + TaskGrantsOnce.GRANTS + "%'"
                                    + " and statement like '%LIMIT 15 OFFSET 0%'");
                    var rows = statement.executeQuery()) {
                assertThat(rows.next())
                        .as("the task list prepared on the server")
                        .isTrue();
                return new Plans(rows.getLong("generic_plans"), rows.getLong("custom_plans"));
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }
}
