package org.peaceops.engine.camunda;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import javax.sql.DataSource;
import org.camunda.bpm.engine.spring.SpringProcessEngineConfiguration;
import org.camunda.bpm.spring.boot.starter.configuration.impl.AbstractCamundaConfiguration;
import org.springframework.stereotype.Component;

/**
 * What the engine sends to the database per command, cut to what is needed: no look-up of grants on
 * a task being created ({@link NewTaskAuthorizations}), one JDBC batch per statement however many
 * changes a command makes ({@link WholeFlushes}), no scan of every grant before a command's first
 * authorization check ({@link CallerGroupChecks}), and the history the domain keeps
 * ({@link AuditHistory}); and a task list that reads the caller's grants once
 * ({@link TaskGrantsOnce}) on PostgreSQL.
 */
@Component
class RoundTripConfiguration extends AbstractCamundaConfiguration {

    @Override
    public void preInit(SpringProcessEngineConfiguration configuration) {
        configuration.setResourceAuthorizationProvider(new NewTaskAuthorizations());
        if (configuration.getCustomSessionFactories() == null) {
            configuration.setCustomSessionFactories(new ArrayList<>());
        }
        configuration.getCustomSessionFactories().add(new WholeFlushes());
        configuration.getCustomSessionFactories().add(new CallerGroupChecks());
        configuration.setEnableDefaultDbHistoryEventHandler(false);
        configuration.getCustomHistoryEventHandlers().add(new AuditHistory());
    }

    @Override
    public void postInit(SpringProcessEngineConfiguration configuration) {
        // The statements are built by now; a plugin added here wraps every statement prepared from now on.
        // Not on H2: it kept the rows of a common table expression with parameters from one execution of
        // the statement to the next, so a caller was shown the previous caller's tasks. Hence the
        // database itself is asked, not only the engine's setting.
        if ("postgres".equals(configuration.getDatabaseType()) && isPostgres(configuration.getDataSource())) {
            configuration.getSqlSessionFactory().getConfiguration().addInterceptor(new TaskGrantsOnceInterceptor());
        }
    }

    private static boolean isPostgres(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName());
        } catch (SQLException e) {
            throw new IllegalStateException("the engine's database could not be asked what it is", e);
        }
    }
}
