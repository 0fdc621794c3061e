package org.peaceops.engine.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.util.List;
import org.peaceops.engine.access.CurrentUser;
import org.peaceops.engine.access.OperationAccess;
import org.peaceops.engine.benchmark.BenchmarkRecords;
import org.peaceops.engine.benchmark.BenchmarkStatuses;
import org.peaceops.engine.benchmark.Measurements;
import org.peaceops.engine.shared.DateParameter;
import org.peaceops.engine.shared.InputRejectedException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** An operation's benchmarks, and the measurements staff record against its indicators. */
@RestController
@RequestMapping("/api/operations/{code}")
class BenchmarksController {

    private final OperationAccess access;
    private final BenchmarkRecords records;
    private final Measurements measurements;
    private final BenchmarkStatuses statuses;
    private final CurrentUser currentUser;
    private final Clock clock;

    BenchmarksController(
            OperationAccess access,
            BenchmarkRecords records,
            Measurements measurements,
            BenchmarkStatuses statuses,
            CurrentUser currentUser,
            Clock clock) {
        this.access = access;
        this.records = records;
        this.measurements = measurements;
        this.statuses = statuses;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The benchmarks with their status as of a date (default today), rated by the deployed decisions. */
    @GetMapping("/benchmarks")
    List<BenchmarkStatuses.RatedBenchmark> benchmarks(
            @PathVariable String code, @RequestParam(required = false) String asOf) {
        access.require(code);
        return statuses.asOf(code, DateParameter.orToday("asOf", asOf, clock));
    }

    @PostMapping(value = "/indicators/{indicatorCode}/measurements", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<MeasurementStored> measurement(
            @PathVariable String code, @PathVariable String indicatorCode, @RequestBody JsonNode body) {
        access.require(code);
        if (!body.isObject()) {
            throw InputRejectedException.invalid("", "the body must be an object {asOf, value, note}");
        }
        long id = measurements.record(code, indicatorCode, body, currentUser.id());
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(new MeasurementStored(id, records.measurements(code, indicatorCode)));
    }

    @PostMapping(value = "/measurements", consumes = "text/csv")
    ResponseEntity<MeasurementsStored> csv(@PathVariable String code, @RequestBody(required = false) String csv) {
        access.require(code);
        // an empty upload is a spreadsheet without its header: line 1 is what is wrong
        int stored = measurements.recordCsv(code, csv == null ? "" : csv, currentUser.id());
        return ResponseEntity.status(HttpStatus.CREATED).body(new MeasurementsStored(stored));
    }

    @GetMapping(value = "/measurements/template.csv", produces = "text/csv")
    String template(@PathVariable String code) {
        access.require(code);
        return measurements.template(code);
    }

    /** The value stored, and every value of the indicator (superseded ones kept). */
    record MeasurementStored(long id, List<BenchmarkRecords.MeasurementRecord> measurements) {}

    /** How many rows of the CSV were stored: all of them, or the upload was refused. */
    record MeasurementsStored(int stored) {}
}
