package org.peaceops.engine.portfolio;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.peaceops.engine.access.OperationTenants;
import org.peaceops.engine.benchmark.IndicatorValues;
import org.peaceops.engine.lifecycle.LifecycleStarter;
import org.peaceops.engine.registry.TransitionRegistry;
import org.peaceops.engine.shared.CalendarDates;
import org.peaceops.engine.shared.FieldError;
import org.peaceops.engine.shared.GeneratedIds;
import org.peaceops.engine.shared.InputRejectedException;
import org.peaceops.engine.shared.Stage;
import org.peaceops.engine.shared.TransitionWindow;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports a transition-portfolio/1 document whole or not at all: validation first (400 with every
 * problem), then conflicts (409 for an operation code that exists), then every operation with its
 * transition, resolutions, benchmarks, indicators, measurements, phases, sites and consultations, its
 * tenant, and for an ongoing transition its lifecycle, all in one transaction.
 */
@Service
public class PortfolioImport {

    private final PortfolioValidator validator;
    private final TransitionRegistry registry;
    private final OperationTenants tenants;
    private final LifecycleStarter lifecycles;
    private final JdbcClient jdbc;
    private final Clock clock;

    public PortfolioImport(
            PortfolioValidator validator,
            TransitionRegistry registry,
            OperationTenants tenants,
            LifecycleStarter lifecycles,
            JdbcClient jdbc,
            Clock clock) {
        this.validator = validator;
        this.registry = registry;
        this.tenants = tenants;
        this.lifecycles = lifecycles;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional
    public ImportResult importDocument(JsonNode document, String importedBy) {
        return importDocument(document, importedBy, imported -> {});
    }

    /** As {@link #importDocument(JsonNode, String)}, telling {@code progress} of each operation stored. */
    @Transactional
    public ImportResult importDocument(JsonNode document, String importedBy, Consumer<ImportedOperation> progress) {
        var validation = validator.validate(document);
        if (!validation.valid()) {
            throw InputRejectedException.invalid(validation.errors());
        }
        // one import at a time: a second one posted at the same moment waits here, then finds the first's codes
        jdbc.sql("select name from import_lock where name = 'portfolio' for update")
                .query(String.class)
                .single();
        JsonNode operations = document.path("operations");
        for (int i = 0; i < operations.size(); i++) {
            String code = operations.get(i).path("code").asText();
            if (registry.exists(code)) {
                throw InputRejectedException.conflict(
                        "/operations/" + i + "/code", "operation " + code + " already exists");
            }
        }
        List<ImportedOperation> imported = new ArrayList<>();
        for (JsonNode operation : operations) {
            ImportedOperation stored = importOperation(operation, importedBy);
            progress.accept(stored);
            imported.add(stored);
        }
        return new ImportResult(imported, validation.warnings());
    }

    private ImportedOperation importOperation(JsonNode operation, String importedBy) {
        String code = operation.path("code").asText();
        JsonNode transition = operation.path("transition");
        jdbc.sql(
                        "insert into operation (code, name, type, host_country, host_country_name, created_at) values (?, ?, ?, ?, ?, ?)")
                .params(
                        code,
                        operation.path("name").asText(),
                        operation.path("type").asText(),
                        operation.path("hostCountry").asText(),
                        text(operation, "hostCountryName"),
                        now())
                .update();
        LocalDate completedOn = date(transition, "completedOn");
        Stage stage = completedOn != null
                ? TransitionWindow.stageOfCompleted(completedOn, LocalDate.now(clock))
                : Stage.valueOf(transition.path("stage").asText("ASSESSMENT"));
        String transitionId = UUID.randomUUID().toString();
        jdbc.sql(
                        """
                insert into transition (id, operation_code, trigger_kind, started_on, stage, mandate_end, withdrawal_deadline,
                                        completed_on, successor, updated_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        transitionId,
                        code,
                        transition.path("trigger").asText(),
                        date(transition, "startedOn"),
                        stage.name(),
                        date(transition, "mandateEnd"),
                        date(transition, "withdrawalDeadline"),
                        completedOn,
                        text(transition, "successor"),
                        now())
                .update();
        resolutions(code, operation.path("resolutions"), importedBy);
        benchmarks(code, operation.path("benchmarks"), importedBy);
        phases(code, operation.path("phases"));
        consultations(code, operation.path("consultations"), importedBy);
        tenants.open(code, operation.path("name").asText());
        String processInstanceId = stage != Stage.COMPLETED
                ? lifecycles.startAt(
                        stage,
                        code,
                        operation.path("name").asText(),
                        operation.path("hostCountry").asText(),
                        transition.path("trigger").asText(),
                        transition.path("startedOn").asText(),
                        transitionId)
                : null;
        return new ImportedOperation(code, transitionId, stage.name(), processInstanceId);
    }

    private void resolutions(String code, JsonNode resolutions, String importedBy) {
        for (JsonNode resolution : resolutions) {
            jdbc.sql(
                            "insert into resolution (operation_code, symbol, adopted_on, summary, recorded_by, recorded_at) values (?, ?, ?, ?, ?, ?)")
                    .params(
                            code,
                            resolution.path("symbol").asText(),
                            date(resolution, "adopted"),
                            text(resolution, "summary"),
                            importedBy,
                            now())
                    .update();
        }
    }

    private void benchmarks(String code, JsonNode benchmarks, String importedBy) {
        for (JsonNode benchmark : benchmarks) {
            long benchmarkId = GeneratedIds.insert(
                    jdbc,
                    "insert into benchmark (operation_code, code, title, category, owner, minimum_condition, target_date) values (?, ?, ?, ?, ?, ?, ?)",
                    code,
                    benchmark.path("code").asText(),
                    benchmark.path("title").asText(),
                    benchmark.path("category").asText(),
                    benchmark.path("owner").asText("JOINT"),
                    benchmark.path("minimumCondition").asBoolean(false),
                    date(benchmark, "targetDate"));
            for (JsonNode indicator : benchmark.path("indicators")) {
                long indicatorId = GeneratedIds.insert(
                        jdbc,
                        """
                        insert into indicator (operation_code, benchmark_id, code, name, type, unit, direction, scale, baseline,
                                               target, target_date)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                        code,
                        benchmarkId,
                        indicator.path("code").asText(),
                        indicator.path("name").asText(),
                        indicator.path("type").asText(),
                        text(indicator, "unit"),
                        text(indicator, "direction"),
                        indicator.has("scale") ? indicator.get("scale").toString() : null,
                        IndicatorValues.asStored(indicator.get("baseline")),
                        IndicatorValues.asStored(indicator.get("target")),
                        date(indicator, "targetDate"));
                for (JsonNode measurement : indicator.path("measurements")) {
                    jdbc.sql(
                                    "insert into measurement (indicator_id, as_of, measured, note, recorded_by, recorded_at) values (?, ?, ?, ?, ?, ?)")
                            .params(
                                    indicatorId,
                                    date(measurement, "asOf"),
                                    IndicatorValues.asStored(measurement.get("value")),
                                    text(measurement, "note"),
                                    importedBy,
                                    now())
                            .update();
                }
            }
        }
    }

    private void phases(String code, JsonNode phases) {
        for (JsonNode phase : phases) {
            long phaseId = GeneratedIds.insert(
                    jdbc,
                    "insert into phase (operation_code, seq, name, planned_start, planned_end, areas, status) values (?, ?, ?, ?, ?, ?, ?)",
                    code,
                    phase.path("seq").asInt(),
                    phase.path("name").asText(),
                    date(phase, "plannedStart"),
                    date(phase, "plannedEnd"),
                    phase.has("areas") ? phase.get("areas").toString() : null,
                    phase.path("status").asText("PLANNED"));
            for (JsonNode site : phase.path("sites")) {
                jdbc.sql(
                                "insert into site (phase_id, name, type, area, status, closed_on, handover_to) values (?, ?, ?, ?, ?, ?, ?)")
                        .params(
                                phaseId,
                                site.path("name").asText(),
                                site.path("type").asText(),
                                text(site, "area"),
                                site.path("status").asText("OPEN"),
                                date(site, "closedOn"),
                                text(site, "handoverTo"))
                        .update();
            }
        }
    }

    private void consultations(String code, JsonNode consultations, String importedBy) {
        for (JsonNode consultation : consultations) {
            jdbc.sql(
                            "insert into consultation (operation_code, counterpart, held_on, topic, outcome, recorded_by, recorded_at) values (?, ?, ?, ?, ?, ?, ?)")
                    .params(
                            code,
                            consultation.path("counterpart").asText(),
                            date(consultation, "date"),
                            text(consultation, "topic"),
                            text(consultation, "outcome"),
                            importedBy,
                            now())
                    .update();
        }
    }

    private static String text(JsonNode node, String field) {
        return node.hasNonNull(field) ? node.get(field).asText() : null;
    }

    private static LocalDate date(JsonNode node, String field) {
        return node.hasNonNull(field) ? CalendarDates.stored(node.get(field).asText()) : null;
    }

    private Timestamp now() {
        return Timestamp.from(clock.instant());
    }

    public record ImportedOperation(String code, String transitionId, String stage, String processInstanceId) {}

    public record ImportResult(List<ImportedOperation> operations, List<FieldError> warnings) {}
}
