package org.peaceops.engine.planning;

import static org.peaceops.engine.planning.JointTransitionPlanning.*;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.peaceops.engine.escalation.Escalations;
import org.springframework.stereotype.Component;

/**
 * Task_CheckFinancialCliff: UNCT funding against the mission's programme budget. Coverage below the
 * configured threshold is a financial cliff, and opens an escalation for headquarters and the PBSO.
 */
@Component
public class FinancialCliffDelegate implements JavaDelegate {

    static final String ESCALATION_KIND = "FINANCIAL_CLIFF";
    static final String ESCALATION_GROUPS = "hq-task-force,pbso";

    private final PlanningRecords records;
    private final Escalations escalations;
    private final FinancingProperties financing;
    private final Clock clock;

    public FinancialCliffDelegate(
            PlanningRecords records, Escalations escalations, FinancingProperties financing, Clock clock) {
        this.records = records;
        this.escalations = escalations;
        this.financing = financing;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String operation = execution.getProcessBusinessKey();
        var strategy = records.latestFinancingStrategy(operation);
        BigDecimal coverage = coverage(strategy.unctFunding(), strategy.missionProgrammeBudget());
        boolean cliff = coverage.compareTo(financing.cliffThreshold()) < 0;
        records.recordFinancingCheck(operation, coverage, financing.cliffThreshold(), cliff);
        if (cliff) {
            escalations.open(
                    operation,
                    ESCALATION_KIND,
                    null,
                    "UNCT funding covers " + percent(coverage) + " of the mission's programme budget, below "
                            + percent(financing.cliffThreshold()),
                    ESCALATION_GROUPS,
                    LocalDate.now(clock).plusDays(financing.escalationDueDays()));
        }
        execution.setVariable(FINANCING_COVERAGE, coverage.doubleValue());
        execution.setVariable(
                FINANCING_CLIFF_THRESHOLD, financing.cliffThreshold().doubleValue());
        execution.setVariable(FINANCIAL_CLIFF, cliff);
    }

    static BigDecimal coverage(BigDecimal unctFunding, BigDecimal missionProgrammeBudget) {
        return unctFunding.divide(missionProgrammeBudget, 4, RoundingMode.HALF_UP);
    }

    private static String percent(BigDecimal share) {
        return share.movePointRight(2).stripTrailingZeros().toPlainString() + "%";
    }
}
