package org.peaceops.engine.api;

import java.util.List;
import org.peaceops.engine.access.OperationAccess;
import org.peaceops.engine.lesson.Lessons;
import org.peaceops.engine.shared.InputRejectedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/lessons?q=convoy&operation=MONUSCO}: the lessons learned of the operations the
 * caller may see (headquarters: all of them), searched by words.
 */
@RestController
class LessonsController {

    static final int MAX_QUERY = 200;

    private final Lessons lessons;
    private final OperationAccess access;

    LessonsController(Lessons lessons, OperationAccess access) {
        this.lessons = lessons;
        this.access = access;
    }

    @GetMapping("/api/lessons")
    LessonSearch search(
            @RequestParam(name = "q", required = false) String query,
            @RequestParam(name = "operation", required = false) String operation) {
        if (query != null && query.length() > MAX_QUERY) {
            throw InputRejectedException.invalid("q", "must have at most " + MAX_QUERY + " characters");
        }
        List<String> operations =
                operation == null || operation.isBlank() ? access.visibleOperations() : List.of(visible(operation));
        return new LessonSearch(query == null ? "" : query, lessons.search(operations, query));
    }

    /** Another tenant's operation looks exactly like one that does not exist. */
    private String visible(String operation) {
        if (!access.visible(operation)) {
            throw InputRejectedException.notFound("operation", "no operation " + operation);
        }
        return operation;
    }

    /** The words searched for and the lessons that hold every one of them. */
    record LessonSearch(String q, List<Lessons.Lesson> lessons) {}
}
