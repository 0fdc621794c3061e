package org.peaceops.engine.camunda;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.camunda.bpm.engine.ProcessEngine;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * One step of the engine's schema, run by Flyway with the SQL scripts that Camunda ships in its
 * engine jar for the database at hand ({@code org/camunda/bpm/engine/db/...}), the same the engine
 * would run itself with {@code schema-update}. The project keeps no copy of them: an upgrade of
 * Camunda brings its scripts with it. Versions are the engine's own (7.24, then 7.25...).
 */
final class EngineSchemaScripts implements JavaMigration {

    private static final String SCRIPTS = "org/camunda/bpm/engine/db/";

    /** The engine's tables as Camunda creates them, in the engine's own order. */
    static EngineSchemaScripts create(String version) {
        return new EngineSchemaScripts(
                version,
                "Camunda " + version + " engine tables",
                List.of(
                        "create/activiti.{db}.create.engine.sql",
                        "create/activiti.{db}.create.history.sql",
                        "create/activiti.{db}.create.identity.sql",
                        "create/activiti.{db}.create.case.engine.sql",
                        "create/activiti.{db}.create.case.history.sql",
                        "create/activiti.{db}.create.decision.engine.sql",
                        "create/activiti.{db}.create.decision.history.sql"));
    }

    /** Camunda's upgrade script from one minor version to the next, e.g. {@code 7.24_to_7.25}. */
    static EngineSchemaScripts upgrade(String from, String to) {
        return new EngineSchemaScripts(
                to, "Camunda " + from + " to " + to, List.of("upgrade/{db}_engine_" + from + "_to_" + to + ".sql"));
    }

    /**
     * The project's own step on the engine's tables (an index), from a script of the project's
     * ({@code db/engine/...}), recorded with the engine's steps: it needs the engine's tables, which
     * the project's migrations never assume (a store's test migrates the project's tables alone).
     * Versioned between the engine's, e.g. {@code 7.24.0.1} after 7.24 and before 7.25.
     */
    static EngineSchemaScripts project(String version, String description, String script) {
        return new EngineSchemaScripts(version, description, List.of(PROJECT + script));
    }

    /** Marks a script of the project's, read from the class path as it is. */
    private static final String PROJECT = "project:";

    private final MigrationVersion version;
    private final String description;
    private final List<String> scripts;

    private EngineSchemaScripts(String version, String description, List<String> scripts) {
        this.version = MigrationVersion.fromVersion(version);
        this.description = description;
        this.scripts = scripts;
    }

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        String database = databaseType(connection);
        for (String script : scripts) {
            String resource = script.startsWith(PROJECT)
                    ? script.substring(PROJECT.length())
                    : SCRIPTS + script.replace("{db}", database);
            for (String statement : statements(resource)) {
                try (var sql = connection.createStatement()) {
                    sql.execute(statement);
                }
            }
        }
    }

    /** The name Camunda's scripts use for the database (the project runs on PostgreSQL and H2). */
    static String databaseType(Connection connection) throws SQLException {
        String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
        if (product.contains("postgres")) {
            return "postgres";
        }
        if (product.contains("h2")) {
            return "h2";
        }
        throw new IllegalStateException("The engine's schema is created for PostgreSQL and H2 only, not " + product);
    }

    /** The statements of a script, read as the engine reads it: comment lines dropped, one per ';'. */
    static List<String> statements(String resource) throws IOException {
        String text;
        try (InputStream in = ProcessEngine.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Camunda's script " + resource + " is not on the class path");
            }
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<String> statements = new ArrayList<>();
        StringBuilder statement = new StringBuilder();
        for (String line : text.split("\\R")) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("--") || trimmed.startsWith("#")) {
                continue;
            }
            if (trimmed.endsWith(";")) {
                statement.append(trimmed, 0, trimmed.length() - 1);
                statements.add(statement.toString());
                statement.setLength(0);
            } else {
                statement.append(trimmed).append('\n');
            }
        }
        if (!statement.toString().isBlank()) {
            statements.add(statement.toString());
        }
        return statements;
    }

    @Override
    public MigrationVersion getVersion() {
        return version;
    }

    @Override
    public String getDescription() {
        return description;
    }

    /** Camunda's scripts of a version never change, nor do the project's steps; Flyway need not check them. */
    @Override
    public Integer getChecksum() {
        return null;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }
}
