package org.peaceops.engine.camunda;

import java.lang.reflect.Proxy;
import java.sql.PreparedStatement;
import java.util.Arrays;
import java.util.Map;

/**
 * A prepared statement some of whose parameters were written into its text ({@link TaskQueryNumbers}):
 * MyBatis still binds every parameter of the engine's statement, by its place in that statement. Each
 * one written in is checked against the value written (a difference would mean another statement's
 * rows, so it fails rather than answer), and the rest are bound at their place in the shorter list.
 */
final class InlinedParameters {

    private InlinedParameters() {}

    /** {@code statement}, without the parameters at {@code inlined}' positions (from 0) of the engine's statement. */
    static PreparedStatement skipping(Map<Integer, Integer> inlined, PreparedStatement statement) {
        int[] skipped =
                inlined.keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
        return (PreparedStatement) Proxy.newProxyInstance(
                PreparedStatement.class.getClassLoader(),
                new Class<?>[] {PreparedStatement.class},
                (proxy, method, args) -> {
                    // the binding methods are PreparedStatement's own, each with the parameter's index first
                    if (method.getDeclaringClass() == PreparedStatement.class
                            && method.getName().startsWith("set")
                            && args != null
                            && args[0] instanceof Integer index) {
                        Integer written = inlined.get(index - 1);
                        if (written != null) {
                            if (method.getName().equals("setNull") || args.length < 2 || !written.equals(args[1])) {
                                throw new IllegalStateException("parameter " + index + " of a task query was written"
                                        + " into it as " + written + " and is now bound as "
                                        + (method.getName().equals("setNull") || args.length < 2 ? "null" : args[1]));
                            }
                            return null;
                        }
                        int before = Arrays.binarySearch(skipped, index - 1);
                        args[0] = index - (-before - 1);
                    }
                    return TaskGrantsOnceInterceptor.invoke(method, statement, args);
                });
    }
}
