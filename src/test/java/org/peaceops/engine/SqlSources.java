package org.peaceops.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.springframework.stereotype.Repository;

/**
 * The project's SQL, read as text for {@link ArchitectureTablesTest}: the tables the migrations create,
 * and for each class of {@code src/main/java} the SQL among its string literals and text blocks
 * (comments left out) and its code without comments or literals. A literal is SQL when it is a
 * statement (select ... from, insert into, update ... set, delete from, merge into) or names a table
 * after from, join, into or update; a fragment that is no statement counts only the tables known as
 * such, the project's and the engine's ({@code act_*}).
 */
final class SqlSources {

    static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");
    static final Path MAIN = Path.of("src/main/java");
    static final String BASE_PACKAGE = "org.peaceops.engine";
    static final String ENGINE_TABLES = "act_";

    private static final Pattern CREATE_TABLE =
            Pattern.compile("(?i)\\bcreate\\s+table\\s+(?:if\\s+not\\s+exists\\s+)?(\\w+)");
    private static final Pattern STATEMENT = Pattern.compile(
            "(?is)^\\s*(?:select\\s.*\\sfrom\\s|insert\\s+into\\s|update\\s+\\w+\\s+set\\s|delete\\s+from\\s|merge\\s+into\\s)");
    private static final Pattern WRITTEN =
            Pattern.compile("(?i)\\b(?:insert\\s+into|(?<!for\\s)update|delete\\s+from|merge\\s+into)\\s+(\\w+)");
    private static final Pattern NAMED = Pattern.compile("(?i)\\b(?:from|join|into|(?<!for\\s)update)\\s+(\\w+)");
    /** Words after from, join, into or update that are no table (select ... for update, do update set). */
    private static final Set<String> NOT_TABLES = Set.of("set", "select", "lateral", "values");

    /** The project's tables, known as such even in a fragment of SQL. */
    private final Set<String> knownTables;

    SqlSources(Set<String> knownTables) {
        this.knownTables = Set.copyOf(knownTables);
    }

    /** The source of one class of {@code org.peaceops.engine.<packageName>}, read as its file would be. */
    SourceFile source(String packageName, String simpleName, String text) {
        return SourceFile.of(packageName, simpleName, text, knownTables);
    }

    /** The tables the migrations create, in lower case. */
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

    /** Every class under {@code org.peaceops.engine} in {@code src/main/java}, in the order of its path. */
    List<SourceFile> sources() {
        Path base = MAIN.resolve(BASE_PACKAGE.replace('.', '/'));
        try (Stream<Path> files = Files.walk(base)) {
            List<SourceFile> sources = new ArrayList<>();
            for (Path file :
                    files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                String packageName =
                        base.relativize(file.getParent()).toString().replace('/', '.');
                String className = file.getFileName().toString().replace(".java", "");
                sources.add(source(packageName, className, Files.readString(file)));
            }
            return sources;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A string literal or text block that is SQL, with the tables it names and those it writes. */
    record Sql(int line, String text, Set<String> named, Set<String> written) {

        static Sql of(int line, String text, Set<String> knownTables) {
            Set<String> named = tables(NAMED, text);
            boolean statement = STATEMENT.matcher(text).find();
            boolean namesATable = named.stream().anyMatch(t -> knownTables.contains(t) || t.startsWith(ENGINE_TABLES));
            if (!statement && !namesATable) {
                return null;
            }
            // in a statement, whatever follows from, join, into or update is a table; in a fragment, only
            // the tables known as such (a fragment may be prose)
            if (!statement) {
                named.removeIf(t -> !knownTables.contains(t) && !t.startsWith(ENGINE_TABLES));
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

        static SourceFile of(String packageName, String simpleName, String text, Set<String> knownTables) {
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
                    add(sql, text, i, text.substring(i + 3, end), knownTables);
                    code.append("\"\"").append(newlines(text, i, end + 3));
                    i = end + 3;
                } else if (text.charAt(i) == '"' || text.charAt(i) == '\'') {
                    char quote = text.charAt(i);
                    int end = closing(text, i + 1, String.valueOf(quote));
                    if (quote == '"') {
                        add(sql, text, i, text.substring(i + 1, end), knownTables);
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

        private static void add(List<Sql> sql, String text, int start, String literal, Set<String> knownTables) {
            Sql found = Sql.of(lineAt(text, start), literal, knownTables);
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
