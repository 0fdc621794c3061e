package org.peaceops.engine.transition;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
    List<Map<String, Object>> list() {
        return registry.all().stream()
                .filter(t -> access.visible(t.operationCode()))
                .map(t -> Map.<String, Object>of(
                        "code", t.operationCode(), "name", t.operationName(), "stage", t.stage()))
                .toList();
    }

    @GetMapping("/{code}")
    Map<String, Object> get(@PathVariable String code) {
        TransitionRecord transition = access.require(code);
        Map<String, Object> operation = new LinkedHashMap<>();
        operation.put("transition", transition);
        operation.put("dates", portfolio.dates(code));
        operation.put("resolutions", registry.resolutions(code));
        operation.put("benchmarks", benchmarks.asOf(code, LocalDate.now(clock)));
        operation.put("phases", portfolio.phases(code));
        operation.put("consultations", assessments.consultations(code));
        operation.put("pbcAdvice", pbcAdvice.advice(code));
        operation.put("risks", portfolio.risks(code));
        operation.put("openEscalations", escalations.open(code));
        operation.put("nationalPocPlan", planning.nationalPocPlan(code).orElse(null));
        operation.put("transitionPlan", planning.latestPlan(code).orElse(null));
        operation.put("assessment", assessments.products(code));
        return operation;
    }
}
