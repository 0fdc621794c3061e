package org.peaceops.engine.hostile;

import java.util.ArrayList;
import java.util.List;

/**
 * One row of a hostile-input table: a request and what it must be refused with. {@code errorPath} is
 * the field, query parameter, JSON Pointer or CSV line that {@code errors[*].path} must name ("" where
 * the whole request is at fault). {@code {risk}} in a path stands for a risk of MONUSCO.
 */
record HostileRequest(
        String label,
        String method,
        String path,
        String user,
        String body,
        List<String> headers,
        int status,
        String errorPath) {

    static HostileRequest get(String path) {
        return new HostileRequest(null, "GET", path, "hq-planner", null, List.of(), 0, "");
    }

    static HostileRequest post(String path) {
        return new HostileRequest(null, "POST", path, "hq-planner", null, List.of(), 0, "");
    }

    static HostileRequest request(String method, String path) {
        return new HostileRequest(null, method, path, "hq-planner", null, List.of(), 0, "");
    }

    HostileRequest as(String caller) {
        return new HostileRequest(label, method, path, caller, body, headers, status, errorPath);
    }

    HostileRequest anonymous() {
        return as(null);
    }

    HostileRequest json(String json) {
        return withBody(json).header("Content-Type", "application/json");
    }

    HostileRequest csv(String csv) {
        return withBody(csv).header("Content-Type", "text/csv");
    }

    HostileRequest withBody(String text) {
        return new HostileRequest(label, method, path, user, text, headers, status, errorPath);
    }

    HostileRequest header(String name, String value) {
        List<String> more = new ArrayList<>(headers);
        more.add(name);
        more.add(value);
        return new HostileRequest(label, method, path, user, body, List.copyOf(more), status, errorPath);
    }

    /** What it is, in the test report: "asOf in year 0". */
    HostileRequest because(String why) {
        return new HostileRequest(why, method, path, user, body, headers, status, errorPath);
    }

    HostileRequest refused(int expectedStatus, String expectedErrorPath) {
        return new HostileRequest(label, method, path, user, body, headers, expectedStatus, expectedErrorPath);
    }

    @Override
    public String toString() {
        String shown = path.length() > 70 ? path.substring(0, 70) + "..." : path;
        return (label == null ? "" : label + ": ") + method + " " + shown + " as " + user + " -> " + status
                + (errorPath.isEmpty() ? "" : " at '" + errorPath + "'");
    }
}
