package org.peaceops.engine.api;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.peaceops.engine.access.OperationAccess;
import org.peaceops.engine.assessment.AssessmentRecords;
import org.peaceops.engine.benchmark.BenchmarkStatuses;
import org.peaceops.engine.drawdown.DrawdownReads;
import org.peaceops.engine.drawdown.HrddpScreenings;
import org.peaceops.engine.drawdown.OverrunAnswers;
import org.peaceops.engine.escalation.Escalations;
import org.peaceops.engine.pbc.PbcAdviceRecords;
import org.peaceops.engine.planning.PlanSubstanceRecords;
import org.peaceops.engine.planning.PlanningRecords;
import org.peaceops.engine.registry.ResolutionRecord;
import org.peaceops.engine.registry.TransitionDates;
import org.peaceops.engine.registry.TransitionRecord;
import org.peaceops.engine.registry.TransitionRegistry;
import org.peaceops.engine.risk.Risk;
import org.peaceops.engine.risk.RiskRegister;
import org.peaceops.engine.ruleoflaw.RuleOfLawHandovers;
import org.peaceops.engine.shared.Stage;
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
    private final DrawdownReads drawdown;
    private final OverrunAnswers overrunAnswers;
    private final RiskRegister risks;
    private final Escalations escalations;
    private final PbcAdviceRecords pbcAdvice;
    private final RuleOfLawHandovers ruleOfLaw;
    private final PlanSubstanceRecords planSubstance;
    private final HrddpScreenings hrddp;
    private final Clock clock;

    OperationsController(
            OperationAccess access,
            TransitionRegistry registry,
            AssessmentRecords assessments,
            BenchmarkStatuses benchmarks,
            PlanningRecords planning,
            DrawdownReads drawdown,
            OverrunAnswers overrunAnswers,
            RiskRegister risks,
            Escalations escalations,
            PbcAdviceRecords pbcAdvice,
            RuleOfLawHandovers ruleOfLaw,
            PlanSubstanceRecords planSubstance,
            HrddpScreenings hrddp,
            Clock clock) {
        this.access = access;
        this.registry = registry;
        this.assessments = assessments;
        this.benchmarks = benchmarks;
        this.planning = planning;
        this.drawdown = drawdown;
        this.overrunAnswers = overrunAnswers;
        this.risks = risks;
        this.escalations = escalations;
        this.pbcAdvice = pbcAdvice;
        this.ruleOfLaw = ruleOfLaw;
        this.planSubstance = planSubstance;
        this.hrddp = hrddp;
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
                registry.dates(code),
                registry.resolutions(code),
                benchmarks.asOf(code, LocalDate.now(clock)),
                drawdown.phases(code),
                overrunAnswers.ofOperation(code),
                assessments.consultations(code),
                pbcAdvice.advice(code),
                risks.risks(code),
                escalations.open(code),
                planning.nationalPocPlan(code).orElse(null),
                planning.latestPlan(code).orElse(null),
                assessments.products(code),
                ruleOfLaw.ofOperation(code).stream().map(RuleOfLawFunction::of).toList(),
                planSubstance.roles(code),
                planSubstance.regionalRoles(code),
                hrddp.ofOperation(code));
    }

    /** An operation in the list: its code, name and stage. */
    record OperationSummary(String code, String name, Stage stage) {}

    /** Everything on record of one operation, as of today. */
    record Operation(
            TransitionRecord transition,
            TransitionDates dates,
            List<ResolutionRecord> resolutions,
            List<BenchmarkStatuses.RatedBenchmark> benchmarks,
            List<DrawdownReads.Phase> phases,
            /** Each answer to a phase overrunning its end: mission leadership's, and headquarters' endorsement. */
            List<OverrunAnswers.Answer> phaseOverrunAnswers,
            List<AssessmentRecords.Consultation> consultations,
            List<PbcAdviceRecords.Advice> pbcAdvice,
            List<Risk> risks,
            List<Escalations.Escalation> openEscalations,
            PlanningRecords.NationalPocPlan nationalPocPlan,
            PlanningRecords.PlanRecord transitionPlan,
            List<AssessmentRecords.AssessmentProduct> assessment,
            List<RuleOfLawFunction> ruleOfLaw,
            List<PlanSubstanceRecords.Role> rolesMatrix,
            List<PlanSubstanceRecords.RegionalRole> regionalOrganisations,
            List<HrddpScreenings.Screening> hrddpScreenings) {}

    /**
     * A police, justice, corrections or security-sector-reform function the mission hands over: who
     * takes it, their capacity and the funding, the drawdown phase (its order) in which it goes, and how
     * its handover went (MAPPED, HANDED_OVER, WITHHELD).
     */
    record RuleOfLawFunction(
            String area,
            String function,
            String receiverKind,
            String receiver,
            String capacity,
            String capacityNote,
            String funding,
            String fundingNote,
            int phase,
            String status,
            LocalDate handedOverOn,
            String handoverNote) {

        static RuleOfLawFunction of(RuleOfLawHandovers.Handover h) {
            return new RuleOfLawFunction(
                    h.area(),
                    h.function(),
                    h.receiverKind(),
                    h.receiver(),
                    h.capacity(),
                    h.capacityNote(),
                    h.funding(),
                    h.fundingNote(),
                    h.phaseSeq(),
                    h.status(),
                    h.handedOverOn(),
                    h.handoverNote());
        }
    }
}
