package org.peaceops.engine.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A request to the engine's REST API, reduced to its resource path (such as {@code
 * task/ID/submit-form}) whichever mount it came through: /engine-rest, /engine-rest/engine/NAME, or
 * the webapps' /camunda/api/engine/engine/NAME that Tasklist and Cockpit call.
 */
record EngineRoute(String method, List<String> segments) {

    private static final Pattern MOUNT =
            Pattern.compile("^(?:/engine-rest(?:/engine/[^/]+)?|/camunda/api/engine/engine/[^/]+)(/.*)?$");

    /** The route, or null when the request is not for the engine's REST API. */
    static EngineRoute of(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        Matcher matcher = MOUNT.matcher(path);
        if (!matcher.matches()) {
            return null;
        }
        String rest = matcher.group(1) == null ? "" : matcher.group(1);
        List<String> segments = Arrays.stream(rest.split("/"))
                .filter(segment -> !segment.isEmpty())
                .toList();
        return new EngineRoute(request.getMethod(), segments);
    }

    String first() {
        return segments.isEmpty() ? "" : segments.get(0);
    }

    String last() {
        return segments.isEmpty() ? "" : segments.get(segments.size() - 1);
    }

    /** Whether the path is exactly these segments, where "*" stands for any one segment. */
    boolean is(String... pattern) {
        if (pattern.length != segments.size()) {
            return false;
        }
        for (int i = 0; i < pattern.length; i++) {
            if (!"*".equals(pattern[i]) && !pattern[i].equals(segments.get(i))) {
                return false;
            }
        }
        return true;
    }

    boolean writes() {
        return "POST".equals(method) || "PUT".equals(method) || "PATCH".equals(method);
    }
}
