package org.peaceops.engine.camunda;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The numbers of a task query rewritten by {@link TaskGrantsOnce} that its kind of request always
 * binds alike, written into its text: the grants' resource types and permissions, and the page's size
 * and, on the first page, its first row.
 *
 * <p>PostgreSQL plans a prepared statement for the values bound to it (a custom plan) until a plan for
 * any values (the generic plan, planned once per connection) is estimated no dearer. For
 * headquarters' task list it never was: without the page's size the generic plan expects a tenth of
 * the tasks instead of fifteen, and without the resource types it expects the grants of an average
 * type, so it looked a quarter dearer, and PostgreSQL planned the statement again for every request,
 * 0.3 to 0.45 ms of a 2.5 ms request, which the staff member's list (whose plan does not depend on
 * the page) did not pay (docs/performance.md#the-task-list-of-headquarters). With these numbers in the
 * text the two plans are the same and the generic one is kept. The caller's user and groups stay
 * parameters: they are text, and the plan does not depend on them. So does a later page's first row
 * (a later page is planned for its values, as before): written in, it would make a statement per page
 * in each connection's cache of prepared statements, where the first page, by far the most asked
 * for, makes one.
 */
final class TaskQueryNumbers {

    private static final Pattern GRANTS_START =
            Pattern.compile("(?i)^WITH\\s+" + TaskGrantsOnce.GRANTS + "\\s+AS\\s*\\(");
    private static final Pattern GRANT_NUMBERS =
            Pattern.compile("(?i)\\bA\\.RESOURCE_TYPE_\\s*=\\s*(\\?)\\s+AND\\s+A\\.PERMS_\\s*&\\s*(\\?)\\s*=\\s*(\\?)");
    private static final Pattern PAGE = Pattern.compile("(?i)\\bLIMIT\\s+(\\?)\\s+OFFSET\\s+(\\?)\\s*$");

    private TaskQueryNumbers() {}

    /**
     * Where a statement's parameters stand ({@code marks}: the index of each {@code ?}, outside quoted
     * text, in the order they are bound), which of them are such numbers ({@code positions}, counted
     * from 0, the page's first row last), and which one is the page's first row ({@code firstRow}, -1 if
     * none). Found once per statement, and used for its values and its text.
     */
    record Places(String sql, List<Integer> marks, List<Integer> positions, int firstRow) {

        /**
         * The numbers to write in, by position, each looked up by {@code valueAt}; none if one of them
         * is not a number. A later page's first row stays a parameter: only 0 is written in.
         */
        Map<Integer, Integer> written(IntFunction<Object> valueAt) {
            Map<Integer, Integer> numbers = new HashMap<>();
            for (int position : positions) {
                if (position < 0 || !(valueAt.apply(position) instanceof Integer number)) {
                    return Map.of();
                }
                if (position != firstRow || number == 0) {
                    numbers.put(position, number);
                }
            }
            return numbers;
        }

        /** The statement with the parameters at {@code numbers}' positions replaced by their values. */
        String inline(Map<Integer, Integer> numbers) {
            StringBuilder text = new StringBuilder(sql.length());
            int from = 0;
            for (int position = 0; position < marks.size(); position++) {
                Integer value = numbers.get(position);
                if (value != null) {
                    int mark = marks.get(position);
                    text.append(sql, from, mark).append(value.intValue());
                    from = mark + 1;
                }
            }
            return text.append(sql, from, sql.length()).toString();
        }
    }

    /** The places of a rewritten statement; no numbers when it is not one {@link TaskGrantsOnce} wrote. */
    static Places places(String rewritten) {
        List<Integer> parameters = parameterMarks(rewritten);
        Matcher start = GRANTS_START.matcher(rewritten);
        int grantsEnd = start.lookingAt() ? TaskGrantsOnce.matchingParenthesis(rewritten, start.end() - 1) : -1;
        if (grantsEnd < 0) {
            return new Places(rewritten, parameters, List.of(), -1);
        }
        List<Integer> marks = new ArrayList<>();
        Matcher grants = GRANT_NUMBERS.matcher(rewritten).region(start.end(), grantsEnd);
        while (grants.find()) {
            for (int group = 1; group <= 3; group++) {
                marks.add(grants.start(group));
            }
        }
        Matcher page = PAGE.matcher(rewritten);
        boolean paged = page.find();
        if (paged) {
            marks.add(page.start(1));
            marks.add(page.start(2));
        }
        List<Integer> positions = marks.stream().map(parameters::indexOf).toList();
        return new Places(rewritten, parameters, positions, paged ? positions.get(positions.size() - 1) : -1);
    }

    /** Where each parameter's {@code ?} stands, outside quoted text, in order. */
    private static List<Integer> parameterMarks(String sql) {
        List<Integer> marks = new ArrayList<>();
        boolean quoted = false;
        for (int i = 0; i < sql.length(); i++) {
            char c = sql.charAt(i);
            if (c == '\'') {
                quoted = !quoted;
            } else if (!quoted && c == '?') {
                marks.add(i);
            }
        }
        return marks;
    }
}
