package org.peaceops.engine;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.peaceops.engine.SqlSources.BASE_PACKAGE;
import static org.peaceops.engine.SqlSources.ENGINE_TABLES;
import static org.peaceops.engine.SqlSources.MIGRATIONS;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.peaceops.engine.SqlSources.SourceFile;
import org.peaceops.engine.SqlSources.Sql;

/**
 * Every table of the project has one owning package, and only that package's stores touch it: the
 * SQL of {@code src/main/java} sits in {@code @Repository} classes, names only the tables of its own
 * package (reads included), and reads columns by name. Another package reaches a table through the
 * owning package's store. The engine's own tables ({@code act_*}) are reached through the engine's
 * API, never in SQL. How the sources and migrations are read, and what counts as SQL, is {@link
 * SqlSources}'s; the last test checks that reading.
 *
 * <p>Exceptions, where a store cannot avoid naming another package's table: none.
 */
class ArchitectureTablesTest {

    /** The package (under org.peaceops.engine) that owns each table the migrations create. */
    static final Map<String, String> OWNERS = Map.ofEntries(
            // the registry: operations, their transition and the Council's resolutions, and the row that
            // holds registrations while a portfolio import runs
            entry("operation", "registry"),
            entry("transition", "registry"),
            entry("resolution", "registry"),
            entry("import_lock", "registry"),
            entry("assessment_record", "assessment"),
            entry("consultation", "assessment"),
            entry("transition_plan", "planning"),
            entry("national_poc_plan", "planning"),
            entry("financing_strategy", "planning"),
            entry("planning_record", "planning"),
            // the roles matrix and the regional organisations' role in the plan
            entry("plan_role", "planning"),
            entry("regional_role", "planning"),
            entry("escalation", "escalation"),
            entry("benchmark", "benchmark"),
            entry("indicator", "benchmark"),
            entry("measurement", "benchmark"),
            entry("risk", "risk"),
            entry("benchmark_review", "review"),
            entry("benchmark_rating", "review"),
            entry("measurement_gap", "review"),
            entry("review_request", "review"),
            entry("pbc_advice", "pbc"),
            entry("council_report", "reporting"),
            entry("council_report_step", "reporting"),
            entry("phase", "drawdown"),
            entry("site", "drawdown"),
            entry("phase_record", "drawdown"),
            entry("phase_readiness", "drawdown"),
            entry("phase_readiness_step", "drawdown"),
            entry("site_handover", "drawdown"),
            entry("hrddp_screening", "drawdown"),
            entry("phase_overrun_answer", "drawdown"),
            entry("lesson", "lesson"),
            // the police, justice, corrections and security-sector functions mapped in planning, handed over
            // in drawdown
            entry("rule_of_law_handover", "ruleoflaw"),
            entry("staff_change", "staffing"),
            entry("residual_task", "closure"),
            entry("liquidation_record", "monitoring"),
            entry("relapse_check", "monitoring"),
            // the e-mail notifications: each mail written with its event, then claimed and sent once;
            // the days whose digest was written
            entry("mail_outbox", "notification"),
            entry("mail_event", "notification"),
            entry("mail_digest", "notification"),
            // the HTTP sessions: Spring Session JDBC reads and writes them, the web edge configures it
            entry("spring_session", "web"),
            entry("spring_session_attributes", "web"));

    /** The sources, read knowing the project's tables: a fragment of text that names one is SQL. */
    static final SqlSources SQL = new SqlSources(OWNERS.keySet());

    private static final Pattern POSITIONAL_READ = Pattern.compile(
            "\\.get(?:String|NString|Int|Long|Short|Byte|Boolean|Double|Float|BigDecimal|Date|Time|Timestamp|Object"
                    + "|Bytes|Array|Blob|Clob)\\(\\s*\\d");

    @Test
    void everyTableTheMigrationsCreateHasOneOwningPackage() {
        Set<String> created = SqlSources.createdTables();
        assertThat(created).as("tables created by %s", MIGRATIONS).isNotEmpty();
        List<String> problems = new ArrayList<>();
        for (String table : created) {
            if (!OWNERS.containsKey(table)) {
                problems.add("table " + table + " is created by a migration but has no owning package in "
                        + "ArchitectureTablesTest.OWNERS (and in docs/architecture.md)");
            }
        }
        for (var owner : OWNERS.entrySet()) {
            if (!created.contains(owner.getKey())) {
                problems.add(
                        "ArchitectureTablesTest.OWNERS names table " + owner.getKey() + ", which no migration creates");
            }
            if (!Files.isDirectory(
                    SqlSources.MAIN.resolve(BASE_PACKAGE.replace('.', '/')).resolve(owner.getValue()))) {
                problems.add("table " + owner.getKey() + " is owned by package " + owner.getValue()
                        + ", which does not exist");
            }
        }
        assertThat(problems).as(String.join("\n", problems)).isEmpty();
    }

    @Test
    void aTableIsWrittenOnlyFromItsOwningPackage() {
        List<String> problems = new ArrayList<>();
        for (SourceFile source : SQL.sources()) {
            for (Sql sql : source.sql()) {
                for (String table : sql.written()) {
                    String owner = OWNERS.get(table);
                    if (!source.packageName().equals(owner)) {
                        problems.add(source.className() + " (line " + sql.line() + ") writes table " + table
                                + ", owned by " + ownerName(table) + ": call a store of that package");
                    }
                }
            }
        }
        assertThat(problems).as(String.join("\n", problems)).isEmpty();
    }

    @Test
    void sqlNamesOnlyTheTablesOfItsOwnPackage() {
        List<String> problems = new ArrayList<>();
        for (SourceFile source : SQL.sources()) {
            for (Sql sql : source.sql()) {
                for (String table : sql.named()) {
                    if (!source.packageName().equals(OWNERS.get(table))) {
                        problems.add(source.className() + " (line " + sql.line() + ") names table " + table
                                + ", owned by " + ownerName(table) + ": " + abbreviated(sql.text()));
                    }
                }
            }
        }
        assertThat(problems).as(String.join("\n", problems)).isEmpty();
    }

    @Test
    void onlyRepositoriesHoldSql() {
        List<String> problems = new ArrayList<>();
        for (SourceFile source : SQL.sources()) {
            if (!source.sql().isEmpty() && !source.isRepository()) {
                Sql first = source.sql().get(0);
                problems.add(source.className() + " holds SQL on " + first.named() + " (line " + first.line()
                        + ") but is not a @Repository: move the SQL to a store of the package that owns"
                        + " the table");
            }
        }
        assertThat(problems).as(String.join("\n", problems)).isEmpty();
    }

    @Test
    void columnsAreReadByName() {
        List<String> problems = new ArrayList<>();
        for (SourceFile source : SQL.sources()) {
            Matcher read = POSITIONAL_READ.matcher(source.code());
            while (read.find()) {
                problems.add(source.className() + " (line " + source.lineOf(read.start())
                        + ") reads a column by its position: read it by name, as rs.getString(\"name\")");
            }
        }
        assertThat(problems).as(String.join("\n", problems)).isEmpty();
    }

    /** The scanner itself: what it takes for SQL and which tables it finds there. */
    @Test
    void theScannerFindsTheTablesOfAStatement() {
        var source = SQL.source(
                "registry",
                "Example",
                """
                class Example {
                    // select nothing from risk: a comment is not SQL
                    String a = "select t.id from transition t join operation o on o.code = t.operation_code";
                    String b = \"""
                        insert into site_handover (site_id) select ? from site where not exists (select 1 from act_ru_execution)\""";
                    String c = "select " + column + " from phase where code = ?";
                    String d = "the phase from which it came, updated";
                    String e = "update risk set " + column;
                    long f = rs.getLong(1) + rs.getLong("id");
                }
                """);
        assertThat(source.sql())
                .extracting(Sql::named)
                .containsExactly(
                        Set.of("operation", "transition"),
                        Set.of("site_handover", "site", "act_ru_execution"),
                        Set.of("phase"),
                        Set.of("risk"));
        assertThat(source.sql())
                .extracting(Sql::written)
                .containsExactly(Set.of(), Set.of("site_handover"), Set.of(), Set.of("risk"));
        Matcher read = POSITIONAL_READ.matcher(source.code());
        assertThat(read.find()).isTrue();
        assertThat(source.lineOf(read.start())).isEqualTo(9);
        assertThat(read.find()).isFalse();
    }

    private static String ownerName(String table) {
        if (table.startsWith(ENGINE_TABLES)) {
            return "the engine (reach it through the engine's API)";
        }
        String owner = OWNERS.get(table);
        return owner == null ? "no package (no migration creates it)" : "package " + owner;
    }

    private static String abbreviated(String sql) {
        String oneLine = sql.strip().replaceAll("\\s+", " ");
        return oneLine.length() > 100 ? oneLine.substring(0, 100) + "..." : oneLine;
    }
}
