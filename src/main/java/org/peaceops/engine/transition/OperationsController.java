package org.peaceops.engine.transition;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.peaceops.engine.assessment.AssessmentRecords;
import org.peaceops.engine.benchmark.BenchmarkStatuses;
import org.peaceops.engine.consultation.PbcAdviceRecords;
import org.peaceops.engine.escalation.Escalations;
import org.peaceops.engine.planning.PlanningRecords;
import org.peaceops.engine.portfolio.PortfolioReads;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Operations and their transition, as far as the caller's tenants reach: an operation of another
 * tenant answers 404, exactly like one that does not exist.
 */
@RestController
@RequestMapping("/api/operations")
class OperationsController {

    private final OperationAccess access;
    private final TransitionRegistry registry;
    private final AssessmentRecords assessments;
    private final BenchmarkStatuses benchmarks;
    private final PlanningRecords planning;
    private final PortfolioReads portfolio;
    private final Escalations escalations;
    private final PbcAdviceRecords pbcAdvice;
    private final Clock clock;

    OperationsController(
            OperationAccess access,
            TransitionRegistry registry,
            AssessmentRecords assessments,
            BenchmarkStatuses benchmarks,
            PlanningRecords planning,
            PortfolioReads portfolio,
            Escalations escalations,
            PbcAdviceRecords pbcAdvice,
            Clock clock) {
        this.access = access;
        this.registry = registry;
        this.assessments = assessments;
        this.benchmarks = benchmarks;
        this.planning = planning;
        this.portfolio = portfolio;
        this.escalations = escalations;
        this.pbcAdvice = pbcAdvice;
        this.clock = clock;
    }

    @GetMapping
    List<OperationSummary> list() {
        return registry.all().stream()
                .filter(t -> access.visible(t.operationCode()))
                .map(t -> new OperationSummary(t.operationCode(), t.operationName(), t.stage()))
                .toList();
    }

    @GetMapping("/{code}")
    Operation get(@PathVariable String code) {
        TransitionRecord transition = access.require(code);
        return new Operation(
                transition,
                portfolio.dates(code),
                registry.resolutions(code),
                benchmarks.asOf(code, LocalDate.now(clock)),
                portfolio.phases(code),
                assessments.consultations(code),
                pbcAdvice.advice(code),
                portfolio.risks(code),
                escalations.open(code),
                planning.nationalPocPlan(code).orElse(null),
                planning.latestPlan(code).orElse(null),
                assessments.products(code));
    }

    /** An operation in the list: its code, name and stage. */
    record OperationSummary(String code, String name, Stage stage) {}

    /** Everything on record of one operation, as of today. */
    record Operation(
            TransitionRecord transition,
            PortfolioReads.Dates dates,
            List<ResolutionRecord> resolutions,
            List<BenchmarkStatuses.RatedBenchmark> benchmarks,
            List<PortfolioReads.Phase> phases,
            List<AssessmentRecords.Consultation> consultations,
            List<PbcAdviceRecords.Advice> pbcAdvice,
            List<PortfolioReads.Risk> risks,
            List<Escalations.Escalation> openEscalations,
            PlanningRecords.NationalPocPlan nationalPocPlan,
            PlanningRecords.PlanRecord transitionPlan,
            List<AssessmentRecords.AssessmentProduct> assessment) {}
}
