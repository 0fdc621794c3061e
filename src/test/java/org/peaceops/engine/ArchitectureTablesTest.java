package org.peaceops.engine;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.stereotype.Repository;

/**
 * Every table of the project has one owning package, and only that package's stores touch it: the
 * SQL of {@code src/main/java} sits in {@code @Repository} classes, names only the tables of its own
 * package (reads included), and reads columns by name. Another package reaches a table through the
 * owning package's store. The engine's own tables ({@code act_*}) are reached through the engine's
 * API, never in SQL.
 *
 * <p>The source is scanned as text: the string literals and text blocks of each class (comments
 * left out) are the SQL it holds. A literal is SQL when it is a statement (select ... from, insert
 * into, update ... set, delete from, merge into) or names a table after from, join, into or update.
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
            entry("lesson", "lesson"),
            entry("residual_task", "closure"),
            entry("liquidation_record", "monitoring"),
            entry("relapse_check", "monitoring"));

    static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");
    static final Path SOURCES = Path.of("src/main/java");
    static final String BASE_PACKAGE = "org.peaceops.engine";

    private static final Pattern CREATE_TABLE =
            Pattern.compile("(?i)\\bcreate\\s+table\\s+(?:if\\s+not\\s+exists\\s+)?(\\w+)");
    private static final Pattern STATEMENT = Pattern.compile(
            "(?is)^\\s*(?:select\\s.*\\sfrom\\s|insert\\s+into\\s|update\\s+\\w+\\s+set\\s|delete\\s+from\\s|merge\\s+into\\s)");
    private static final Pattern WRITTEN =
            Pattern.compile("(?i)\\b(?:insert\\s+into|(?<!for\\s)update|delete\\s+from|merge\\s+into)\\s+(\\w+)");
    private static final Pattern NAMED = Pattern.compile("(?i)\\b(?:from|join|into|(?<!for\\s)update)\\s+(\\w+)");
    /** Words after from, join, into or update that are no table (select ... for update, do update set). */
    private static final Set<String> NOT_TABLES = Set.of("set", "select", "lateral", "values");

    private static final Pattern POSITIONAL_READ = Pattern.compile(
            "\\.get(?:String|NString|Int|Long|Short|Byte|Boolean|Double|Float|BigDecimal|Date|Time|Timestamp|Object"
                    + "|Bytes|Array|Blob|Clob)\\(\\s*\\d");
    private static final String ENGINE_TABLES = "act_";

    @Test
    void everyTableTheMigrationsCreateHasOneOwningPackage() {
        Set<String> created = createdTables();
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
                    SOURCES.resolve(BASE_PACKAGE.replace('.', '/')).resolve(owner.getValue()))) {
                problems.add("table " + owner.getKey() + " is owned by package " + owner.getValue()
                        + ", which does not exist");
            }
        }
        assertThat(problems).as(String.join("\n", problems)).isEmpty();
    }

    @Test
    void aTableIsWrittenOnlyFromItsOwningPackage() {
        List<String> problems = new ArrayList<>();
        for (SourceFile source : sources()) {
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
        for (SourceFile source : sources()) {
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
        for (SourceFile source : sources()) {
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
        for (SourceFile source : sources()) {
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
        var source = SourceFile.of(
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

    static Set<String> createdTables() {
        Set<String> tables = new TreeSet<>();
        try (Stream<Path> files = Files.list(MIGRATIONS)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".sql")).toList()) {
                Matcher create = CREATE_TABLE.matcher(Files.readString(file));
                while (create.find()) {
                    tables.add(create.group(1).toLowerCase());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tables;
    }

    static List<SourceFile> sources() {
        Path base = SOURCES.resolve(BASE_PACKAGE.replace('.', '/'));
        try (Stream<Path> files = Files.walk(base)) {
            List<SourceFile> sources = new ArrayList<>();
            for (Path file :
                    files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                String packageName =
                        base.relativize(file.getParent()).toString().replace('/', '.');
                String className = file.getFileName().toString().replace(".java", "");
                sources.add(SourceFile.of(packageName, className, Files.readString(file)));
            }
            return sources;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A string literal or text block that is SQL, with the tables it names and those it writes. */
    record Sql(int line, String text, Set<String> named, Set<String> written) {

        static Sql of(int line, String text) {
            Set<String> named = tables(NAMED, text);
            boolean statement = STATEMENT.matcher(text).find();
            boolean namesATable = named.stream().anyMatch(t -> OWNERS.containsKey(t) || t.startsWith(ENGINE_TABLES));
            if (!statement && !namesATable) {
                return null;
            }
            // in a statement, whatever follows from, join, into or update is a table; in a fragment, only
            // the tables known as such (a fragment may be prose)
            if (!statement) {
                named.removeIf(t -> !OWNERS.containsKey(t) && !t.startsWith(ENGINE_TABLES));
            }
            Set<String> written = tables(WRITTEN, text);
            written.retainAll(named);
            return new Sql(line, text, named, written);
        }

        private static Set<String> tables(Pattern pattern, String text) {
            Set<String> tables = new TreeSet<>();
            Matcher matcher = pattern.matcher(text);
            while (matcher.find()) {
                tables.add(matcher.group(1).toLowerCase());
            }
            tables.removeAll(NOT_TABLES);
            return tables;
        }
    }

    /** A source file: its class, the SQL among its literals, and its code without comments or literals. */
    record SourceFile(String packageName, String className, String text, List<Sql> sql, String code) {

        static SourceFile of(String packageName, String simpleName, String text) {
            List<Sql> sql = new ArrayList<>();
            StringBuilder code = new StringBuilder();
            int i = 0;
            while (i < text.length()) {
                if (text.startsWith("//", i)) {
                    int end = text.indexOf('\n', i);
                    i = end < 0 ? text.length() : end;
                } else if (text.startsWith("/*", i)) {
                    int end = text.indexOf("*/", i + 2);
                    code.append(newlines(text, i, end + 2));
                    i = end + 2;
                } else if (text.startsWith("\"\"\"", i)) {
                    int end = closing(text, i + 3, "\"\"\"");
                    add(sql, text, i, text.substring(i + 3, end));
                    code.append("\"\"").append(newlines(text, i, end + 3));
                    i = end + 3;
                } else if (text.charAt(i) == '"' || text.charAt(i) == '\'') {
                    char quote = text.charAt(i);
                    int end = closing(text, i + 1, String.valueOf(quote));
                    if (quote == '"') {
                        add(sql, text, i, text.substring(i + 1, end));
                    }
                    code.append(quote).append(quote);
                    i = end + 1;
                } else {
                    code.append(text.charAt(i));
                    i++;
                }
            }
            String qualified = BASE_PACKAGE + (packageName.isEmpty() ? "" : "." + packageName) + "." + simpleName;
            return new SourceFile(packageName, qualified, text, sql, code.toString());
        }

        boolean isRepository() {
            try {
                return Class.forName(className).isAnnotationPresent(Repository.class);
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException("no class " + className + " for its source file", e);
            }
        }

        /** The line of an offset in {@link #code()}, which keeps the source's line breaks. */
        int lineOf(int offset) {
            return (int) code.substring(0, offset)
                            .chars()
                            .filter(c -> c == '\n')
                            .count()
                    + 1;
        }

        private static void add(List<Sql> sql, String text, int start, String literal) {
            Sql found = Sql.of(lineAt(text, start), literal);
            if (found != null) {
                sql.add(found);
            }
        }

        private static int closing(String text, int from, String quote) {
            int i = from;
            while (!text.startsWith(quote, i)) {
                i += text.charAt(i) == '\\' ? 2 : 1;
            }
            return i;
        }

        private static String newlines(String text, int from, int to) {
            return "\n".repeat((int)
                    text.substring(from, to).chars().filter(c -> c == '\n').count());
        }

        private static int lineAt(String text, int offset) {
            return (int) text.substring(0, offset)
                            .chars()
                            .filter(c -> c == '\n')
                            .count()
                    + 1;
        }
    }
}
