package org.peaceops.engine.api;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import org.peaceops.engine.access.OperationAccess;
import org.peaceops.engine.reporting.TransitionStatusReport;
import org.peaceops.engine.shared.DateParameter;
import org.peaceops.engine.shared.InputRejectedException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The transition status report, as JSON, Markdown or CSV, over the operations the caller may see. */
@RestController
@RequestMapping("/api/reports")
class ReportsController {

    static final MediaType MARKDOWN = new MediaType("text", "markdown", StandardCharsets.UTF_8);
    static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final TransitionStatusReport report;
    private final OperationAccess access;
    private final Clock clock;

    ReportsController(TransitionStatusReport report, OperationAccess access, Clock clock) {
        this.report = report;
        this.access = access;
        this.clock = clock;
    }

    @GetMapping("/transition-status")
    ResponseEntity<?> transitionStatus(
            @RequestParam(required = false) String asOf, @RequestParam(defaultValue = "json") String format) {
        LocalDate day = DateParameter.orToday("asOf", asOf, clock);
        if (!format.equals("json") && !format.equals("md") && !format.equals("csv")) {
            throw InputRejectedException.invalid("format", "format '" + format + "' is not one of json, md, csv");
        }
        var built = report.asOf(day, access::visible);
        return switch (format) {
            case "md" -> file(ReportFormats.markdown(built), MARKDOWN, "transition-status-" + day + ".md");
            case "csv" -> file(ReportFormats.csv(built), CSV, "transition-status-" + day + ".csv");
            default -> ResponseEntity.ok(built);
        };
    }

    private static ResponseEntity<String> file(String body, MediaType type, String name) {
        return ResponseEntity.ok()
                .contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"")
                .body(body);
    }
}
