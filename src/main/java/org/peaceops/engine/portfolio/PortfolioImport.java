package org.peaceops.engine.portfolio;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.peaceops.engine.access.OperationTenants;
import org.peaceops.engine.assessment.AssessmentRecords;
import org.peaceops.engine.benchmark.BenchmarkImports;
import org.peaceops.engine.benchmark.IndicatorValues;
import org.peaceops.engine.drawdown.PhaseRecords;
import org.peaceops.engine.drawdown.SiteRecords;
import org.peaceops.engine.lifecycle.LifecycleStarter;
import org.peaceops.engine.registry.RecordedTransition;
import org.peaceops.engine.registry.TransitionRegistry;
import org.peaceops.engine.shared.CalendarDates;
import org.peaceops.engine.shared.FieldError;
import org.peaceops.engine.shared.InputRejectedException;
import org.peaceops.engine.shared.Stage;
import org.peaceops.engine.shared.TransitionWindow;
import org.peaceops.engine.shared.WorkingLanguage;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports a transition-portfolio/1 document whole or not at all: validation first (400 with every
 * problem), then conflicts (409 for an operation code that exists), then every operation with its
 * transition, resolutions, benchmarks, indicators, measurements, phases, sites and consultations, its
 * tenant, and for an ongoing transition its lifecycle, all in one transaction. Each goes to the store
 * of the package that owns it; the import itself writes no table.
 */
@Service
public class PortfolioImport {

    private final PortfolioValidator validator;
    private final TransitionRegistry registry;
    private final BenchmarkImports benchmarkImports;
    private final PhaseRecords phases;
    private final SiteRecords sites;
    private final AssessmentRecords assessments;
    private final OperationTenants tenants;
    private final LifecycleStarter lifecycles;
    private final Clock clock;

    public PortfolioImport(
            PortfolioValidator validator,
            TransitionRegistry registry,
            BenchmarkImports benchmarkImports,
            PhaseRecords phases,
            SiteRecords sites,
            AssessmentRecords assessments,
            OperationTenants tenants,
            LifecycleStarter lifecycles,
            Clock clock) {
        this.validator = validator;
        this.registry = registry;
        this.benchmarkImports = benchmarkImports;
        this.phases = phases;
        this.sites = sites;
        this.assessments = assessments;
        this.tenants = tenants;
        this.lifecycles = lifecycles;
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
        registry.holdRegistrations();
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
        LocalDate completedOn = date(transition, "completedOn");
        Stage stage = completedOn != null
                ? TransitionWindow.stageOfCompleted(completedOn, LocalDate.now(clock))
                : Stage.valueOf(transition.path("stage").asText("ASSESSMENT"));
        // the schema's default when the document leaves it out
        WorkingLanguage language = WorkingLanguage.of(text(operation, "workingLanguage"));
        String transitionId = registry.registerRecorded(new RecordedTransition(
                code,
                operation.path("name").asText(),
                operation.path("type").asText(),
                operation.path("hostCountry").asText(),
                text(operation, "hostCountryName"),
                language,
                transition.path("trigger").asText(),
                date(transition, "startedOn"),
                stage,
                date(transition, "mandateEnd"),
                date(transition, "withdrawalDeadline"),
                completedOn,
                text(transition, "successor")));
        resolutions(code, operation.path("resolutions"), importedBy);
        benchmarks(code, operation.path("benchmarks"), importedBy);
        phases(code, operation.path("phases"));
        consultations(code, operation.path("consultations"), importedBy);
        tenants.open(code, operation.path("name").asText(), language);
        String processInstanceId = stage != Stage.COMPLETED
                ? lifecycles.startAt(
                        stage,
                        code,
                        operation.path("name").asText(),
                        operation.path("hostCountry").asText(),
                        transition.path("trigger").asText(),
                        transition.path("startedOn").asText(),
                        transitionId,
                        language)
                : null;
        return new ImportedOperation(code, transitionId, stage.name(), processInstanceId);
    }

    private void resolutions(String code, JsonNode resolutions, String importedBy) {
        for (JsonNode resolution : resolutions) {
            registry.recordResolution(
                    code,
                    resolution.path("symbol").asText(),
                    date(resolution, "adopted"),
                    text(resolution, "summary"),
                    importedBy);
        }
    }

    private void benchmarks(String code, JsonNode benchmarkNodes, String importedBy) {
        List<BenchmarkImports.ImportedBenchmark> imported = new ArrayList<>();
        for (JsonNode benchmark : benchmarkNodes) {
            List<BenchmarkImports.ImportedIndicator> indicators = new ArrayList<>();
            for (JsonNode indicator : benchmark.path("indicators")) {
                List<BenchmarkImports.ImportedMeasurement> measurements = new ArrayList<>();
                for (JsonNode measurement : indicator.path("measurements")) {
                    measurements.add(new BenchmarkImports.ImportedMeasurement(
                            date(measurement, "asOf"),
                            IndicatorValues.asStored(measurement.get("value")),
                            text(measurement, "note")));
                }
                indicators.add(new BenchmarkImports.ImportedIndicator(
                        indicator.path("code").asText(),
                        indicator.path("name").asText(),
                        indicator.path("type").asText(),
                        text(indicator, "unit"),
                        text(indicator, "direction"),
                        indicator.has("scale") ? indicator.get("scale").toString() : null,
                        IndicatorValues.asStored(indicator.get("baseline")),
                        IndicatorValues.asStored(indicator.get("target")),
                        date(indicator, "targetDate"),
                        measurements));
            }
            imported.add(new BenchmarkImports.ImportedBenchmark(
                    benchmark.path("code").asText(),
                    benchmark.path("title").asText(),
                    benchmark.path("category").asText(),
                    benchmark.path("owner").asText("JOINT"),
                    benchmark.path("minimumCondition").asBoolean(false),
                    date(benchmark, "targetDate"),
                    indicators));
        }
        benchmarkImports.add(code, imported, importedBy);
    }

    private void phases(String code, JsonNode phaseNodes) {
        for (JsonNode phase : phaseNodes) {
            long phaseId = phases.addPhase(
                    code,
                    new PhaseRecords.NewPhase(
                            phase.path("seq").asInt(),
                            phase.path("name").asText(),
                            date(phase, "plannedStart"),
                            date(phase, "plannedEnd"),
                            phase.has("areas") ? phase.get("areas").toString() : null,
                            phase.path("status").asText("PLANNED")));
            for (JsonNode site : phase.path("sites")) {
                sites.addSite(
                        phaseId,
                        new SiteRecords.NewSite(
                                site.path("name").asText(),
                                site.path("type").asText(),
                                text(site, "area"),
                                site.path("status").asText("OPEN"),
                                date(site, "closedOn"),
                                text(site, "handoverTo")));
            }
        }
    }

    private void consultations(String code, JsonNode consultations, String importedBy) {
        for (JsonNode consultation : consultations) {
            assessments.recordConsultation(
                    code,
                    new AssessmentRecords.Consultation(
                            consultation.path("counterpart").asText(),
                            date(consultation, "date"),
                            text(consultation, "topic"),
                            text(consultation, "outcome"),
                            null,
                            null,
                            null,
                            null,
                            null,
                            null,
                            importedBy));
        }
    }

    private static String text(JsonNode node, String field) {
        return node.hasNonNull(field) ? node.get(field).asText() : null;
    }

    private static LocalDate date(JsonNode node, String field) {
        return node.hasNonNull(field) ? CalendarDates.stored(node.get(field).asText()) : null;
    }

    public record ImportedOperation(String code, String transitionId, String stage, String processInstanceId) {}

    public record ImportResult(List<ImportedOperation> operations, List<FieldError> warnings) {}
}
