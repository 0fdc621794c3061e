package org.peaceops.engine.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.peaceops.engine.shared.FieldError;
import org.peaceops.engine.shared.InputRejectedException;

/**
 * What the engine reports as a server error although the request was at fault or lost a race, and
 * the answer it should have had: refused input (400), a resource that does not exist or belongs to
 * another tenant (404, the same for both), and a request that lost a race for the same task, message
 * or record (409). The message is plain, with no engine internals, in the engine REST error format
 * ({@code type}, {@code message}), which Tasklist shows as it is.
 */
final class EngineErrorAnswers {

    record Answer(int status, String type, String message, List<FieldError> errors) {}

    private static final ObjectMapper JSON = new ObjectMapper();
    /** How the engine says that what a request names does not exist. */
    private static final Pattern MISSING = Pattern.compile("^Cannot find|not found|doesn't exist|does not exist");

    private static final Pattern NO_DEFINITION = Pattern.compile("no deployed (process|decision) definition found");

    private static final Pattern QUOTED_TASK_ID = Pattern.compile("task '([^']+)'");
    static final String CONCURRENT_CHANGE =
            "Someone else changed this at the same moment. Reload to see the current state, then try again.";

    private EngineErrorAnswers() {}

    static Answer rejected(int status, List<FieldError> errors) {
        String message = errors.stream()
                .map(error -> error.path().isEmpty() ? error.message() : error.path() + ": " + error.message())
                .collect(Collectors.joining("; "));
        return new Answer(status, "InputRejectedException", message, errors);
    }

    /** The answer for an exception the engine threw, or null when it is a server error after all. */
    static Answer forThrown(Throwable thrown) {
        return forThrown(thrown, true);
    }

    /**
     * @param uniqueViolations whether a broken unique constraint counts as a lost race: it does for a
     *     request, but the log keeps it, since in a job it would be a defect to look into
     */
    static Answer forThrown(Throwable thrown, boolean uniqueViolations) {
        InputRejectedException rejected = InputRejectedException.findIn(thrown);
        if (rejected != null) {
            return new Answer(rejected.status(), "InputRejectedException", rejected.getMessage(), rejected.errors());
        }
        if (uniqueViolations && LostRaces.isLostRace(thrown)) {
            return conflict();
        }
        for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
            Answer answer = forEngineError(t.getClass().getSimpleName(), t.getMessage());
            if (answer != null) {
                return answer;
            }
        }
        return null;
    }

    /** The same, from the error body that the engine's REST layer wrote ({@code type}, {@code message}). */
    static Answer forEngineError(String type, String message) {
        String text = message == null ? "" : message;
        if ("OptimisticLockingException".equals(type)
                || text.contains("ENGINE-03005")
                // the loser read the task's execution before the winner moved it on
                || text.contains("it has no current activity")
                // a message whose subscription a concurrent correlation has just consumed
                || text.contains("does not have a subscription to a message event")) {
            return conflict();
        }
        if ("MismatchingMessageCorrelationException".equals(type)) {
            // the engine answers 400 already; named here so that the log keeps out the client's mistake
            return new Answer(400, "InvalidRequestException", text, List.of());
        }
        if ("TaskAlreadyClaimedException".equals(type)) {
            return new Answer(409, "ConflictException", "Someone else has already claimed this task.", List.of());
        }
        if (text.contains("ENGINE-13034")) {
            Matcher id = QUOTED_TASK_ID.matcher(text);
            return notFound(
                    id.find() ? "Cannot find task with id " + id.group(1) + ": task is null" : "Cannot find it");
        }
        if (("NullValueException".equals(type) || "NotFoundException".equals(type))
                        && MISSING.matcher(text).find()
                || NO_DEFINITION.matcher(text).find()
                // the webapps' API wraps it: "Cannot submit task form X: Cannot find task with id X"
                || text.contains("Cannot find task with id")) {
            // the same words whichever route wrapped it, so that another tenant's task reads as a missing one
            int missingTask = text.indexOf("Cannot find task with id");
            return notFound(missingTask > 0 ? text.substring(missingTask) : text);
        }
        if (text.startsWith("ENGINE-09003") || text.startsWith("ENGINE-09005")) {
            // a model that does not parse: the designer's to fix, with the parser's words
            return new Answer(400, "InvalidRequestException", text.replaceFirst("^ENGINE-\\d+ ", ""), List.of());
        }
        if (text.contains("ENGINE-13043")) {
            return new Answer(400, "InvalidRequestException", "No process waits for this condition.", List.of());
        }
        return null;
    }

    static Answer taskNotFound(String taskId) {
        return notFound("Cannot find task with id " + taskId + ": task is null");
    }

    static Map<String, Object> body(Answer answer) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", answer.type());
        body.put("message", answer.message());
        if (!answer.errors().isEmpty()) {
            body.put("errors", answer.errors());
        }
        return body;
    }

    static void write(HttpServletResponse response, Answer answer) throws IOException {
        response.setStatus(answer.status());
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.getOutputStream().write(JSON.writeValueAsBytes(body(answer)));
    }

    private static Answer conflict() {
        return new Answer(409, "ConflictException", CONCURRENT_CHANGE, List.of());
    }

    private static Answer notFound(String message) {
        return new Answer(404, "InvalidRequestException", message, List.of());
    }
}
