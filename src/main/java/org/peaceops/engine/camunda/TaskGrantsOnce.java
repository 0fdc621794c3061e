package org.peaceops.engine.camunda;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The engine's task query (list and count) with the caller's grants read once and looked up by
 * hash, instead of joined to each task.
 *
 * <p>The engine joins every task it walks to the caller's grants with {@code AUTH.RESOURCE_ID_ IN
 * (RES.ID_, D.KEY_, '*')}. A join on three alternatives cannot be hashed, so the database compares
 * each task with each grant: for headquarters, whose group holds one grant per open task it is a
 * candidate for (about 180 at 1,000 operations), a page of fifteen tasks cost 81 × 185 comparisons
 * and twice the staff member's time. Here the same grants are a common table expression read once,
 * and a task is visible when its id, its definition's key or {@code '*'} is among them: three hash
 * look-ups per task. The statements are {@code select distinct} (or count distinct ids), so a task
 * that several grants match was listed once before and is listed once now (docs/performance.md#the-task-list-of-headquarters).
 *
 * <p>Only the exact shape the engine writes is rewritten, and only where moving the grants' sub-query
 * to the front keeps the order of the parameters (nothing before it takes one); anything else, such
 * as an engine version that writes it differently or the revoke-aware check, is left as it is.
 */
final class TaskGrantsOnce {

    static final String GRANTS = "TASK_GRANTS";

    private static final Pattern GRANTS_JOIN = Pattern.compile(
            "(?i)\\b(?:left|inner)\\s+join\\s*(\\()\\s*SELECT\\s+A\\.\\*\\s+(FROM\\s+\\S*ACT_RU_AUTHORIZATION\\s+A\\s+WHERE\\b)");
    private static final Pattern JOIN_CONDITION = Pattern.compile(
            "(?i)\\s*AUTH\\s+ON\\s*\\(\\s*AUTH\\.RESOURCE_ID_\\s+IN\\s*\\(\\s*RES\\.ID_\\s*,\\s*D\\.KEY_\\s*,\\s*'\\*'\\s*\\)\\s*\\)");
    private static final Pattern GRANTED = Pattern.compile("(?i)\\bAUTH\\.RESOURCE_ID_\\s+IS\\s+NOT\\s+NULL\\b");
    private static final Pattern ANY_GRANT_COLUMN = Pattern.compile("(?i)\\bAUTH\\d*\\.");
    /** How the engine's statements begin on PostgreSQL (a list, a count) and on H2 (a count). */
    private static final Pattern DISTINCT = Pattern.compile("(?i)\\s*(?:select\\s+distinct\\b"
            + "|select\\s+count\\s*\\(\\s*\\*\\s*\\)\\s+from\\s*\\(\\s*select\\s+distinct\\b"
            + "|select\\s+count\\s*\\(\\s*distinct\\b)");

    private static final String VISIBLE = "(RES.ID_ IN (SELECT RESOURCE_ID_ FROM " + GRANTS + ")"
            + " OR D.KEY_ IN (SELECT RESOURCE_ID_ FROM " + GRANTS + ")"
            + " OR EXISTS (SELECT 1 FROM " + GRANTS + " WHERE RESOURCE_ID_ = '*'))";

    private TaskGrantsOnce() {}

    /** The statement with its grants read once, or empty when it is not the shape this knows. */
    static Optional<String> rewrite(String sql) {
        if (!DISTINCT.matcher(sql).lookingAt()) {
            return Optional.empty();
        }
        Matcher join = GRANTS_JOIN.matcher(sql);
        if (!join.find()) {
            return Optional.empty();
        }
        int open = join.start(1);
        int close = matchingParenthesis(sql, open);
        int firstParameter = sql.indexOf('?');
        if (close < 0 || firstParameter >= 0 && firstParameter < join.start()) {
            return Optional.empty();
        }
        Matcher condition = JOIN_CONDITION.matcher(sql).region(close + 1, sql.length());
        if (!condition.lookingAt()) {
            return Optional.empty();
        }
        String before = sql.substring(0, join.start());
        String after = sql.substring(condition.end());
        Matcher granted = GRANTED.matcher(after);
        if (!granted.find()) {
            return Optional.empty();
        }
        String between = after.substring(0, granted.start());
        String end = after.substring(granted.end());
        // the check is the only use of the joined grants: no second check, no column of theirs elsewhere
        if (ANY_GRANT_COLUMN.matcher(before).find()
                || ANY_GRANT_COLUMN.matcher(between).find()
                || ANY_GRANT_COLUMN.matcher(end).find()) {
            return Optional.empty();
        }
        String grants = "SELECT A.RESOURCE_ID_ " + sql.substring(join.start(2), close);
        return Optional.of("WITH " + GRANTS + " AS (" + grants + ") " + before + between + VISIBLE + end);
    }

    /** The index of the parenthesis closing the one at {@code open}, outside quoted text; -1 if none. */
    static int matchingParenthesis(String sql, int open) {
        int depth = 0;
        boolean quoted = false;
        for (int i = open; i < sql.length(); i++) {
            char c = sql.charAt(i);
            if (c == '\'') {
                quoted = !quoted;
            } else if (!quoted && c == '(') {
                depth++;
            } else if (!quoted && c == ')' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }
}
