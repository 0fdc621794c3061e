package org.peaceops.engine.camunda;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.migration.JavaMigration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.flyway.FlywayMigrationStrategy;
import org.springframework.stereotype.Component;

/**
 * Creates and migrates the whole schema, the engine's tables and then the project's, in one run that
 * holds a database lock, before the engine starts (the engine's own {@code schema-update} is off).
 * Nodes started together on an empty database queue on the lock: the first creates everything, the
 * others find it done. Without it, two engines creating their tables at once collide and one dies.
 *
 * <p>The engine's steps are Camunda's own scripts ({@link EngineSchemaScripts}), recorded in their own
 * history table, {@code engine_schema_history}, with the engine's versions; the project's migrations
 * stay in {@code flyway_schema_history}. A database whose engine tables were created by the engine
 * itself (before this class) is recorded as being at the version the project ran then, 7.24.
 */
@Component
class SchemaMigration implements FlywayMigrationStrategy {

    private static final Logger LOG = LoggerFactory.getLogger(SchemaMigration.class);

    /**
     * The engine's schema, step by step. Upgrading Camunda by a minor version adds its step, e.g.
     * {@code EngineSchemaScripts.upgrade("7.24", "7.25")}, in the same commit as the new version.
     */
    static final List<JavaMigration> ENGINE_STEPS = List.of(
            EngineSchemaScripts.create("7.24"),
            EngineSchemaScripts.project(
                    "7.24.0.1",
                    "project index: the engine's grants by resource type",
                    "db/engine/grants_by_resource_type.sql"));

    /** The version of the engine tables that the engine created itself before Flyway owned them. */
    static final String VERSION_BEFORE_FLYWAY = "7.24";

    static final String ENGINE_HISTORY = "engine_schema_history";

    @Override
    public void migrate(Flyway project) {
        DataSource dataSource = project.getConfiguration().getDataSource();
        try (ClusterLock lock = ClusterLock.take(dataSource, "Schema migration");
                Connection connection = dataSource.getConnection()) {
            migrateEngine(project, connection);
            project.migrate();
        } catch (SQLException e) {
            throw new IllegalStateException("The schema could not be migrated: " + e.getMessage(), e);
        }
    }

    private void migrateEngine(Flyway project, Connection connection) throws SQLException {
        var configuration = Flyway.configure(project.getConfiguration().getClassLoader())
                .dataSource(project.getConfiguration().getDataSource())
                .schemas(project.getConfiguration().getSchemas())
                .table(ENGINE_HISTORY)
                // Camunda's scripts come from its jar; no SQL files of the project's
                .locations(new String[0])
                .javaMigrations(ENGINE_STEPS.toArray(JavaMigration[]::new));
        boolean engineTablesExist = hasTable(connection, "act_ge_property");
        boolean historyExists = hasTable(connection, ENGINE_HISTORY);
        if (engineTablesExist && !historyExists) {
            LOG.info("Engine tables created by the engine itself: recorded at version {}", VERSION_BEFORE_FLYWAY);
            configuration
                    .baselineVersion(VERSION_BEFORE_FLYWAY)
                    .baselineDescription("engine tables created by the engine")
                    .load()
                    .baseline();
        }
        // a schema with the project's tables but no engine tables yet starts the engine's history at 0
        configuration.baselineOnMigrate(true).baselineVersion("0").load().migrate();
    }

    /** In the connection's own schema: PostgreSQL folds names to lower case, H2 to upper case. */
    private static boolean hasTable(Connection connection, String table) throws SQLException {
        DatabaseMetaData database = connection.getMetaData();
        for (String name : List.of(table, table.toUpperCase(java.util.Locale.ROOT))) {
            try (var tables = database.getTables(null, connection.getSchema(), name, new String[] {"TABLE"})) {
                if (tables.next()) {
                    return true;
                }
            }
        }
        return false;
    }
}
