package org.peaceops.engine.reporting;

import static org.peaceops.engine.reporting.CouncilReporting.*;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Date;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.peaceops.engine.risk.RiskRegister;
import org.springframework.stereotype.Component;

/**
 * Task_OpenReport: records the report with its due date, and starts HQ's draft of the transition
 * section from the engine's live data: benchmark statuses, drawdown progress, open risks and
 * escalations, the PBC's latest advice.
 */
@Component
public class CouncilReportOpeningDelegate implements JavaDelegate {

    private final CouncilReportRecords records;
    private final TransitionStatusReport status;
    private final RiskRegister risks;
    private final ReportingProperties properties;
    private final Clock clock;

    public CouncilReportOpeningDelegate(
            CouncilReportRecords records,
            TransitionStatusReport status,
            RiskRegister risks,
            ReportingProperties properties,
            Clock clock) {
        this.records = records;
        this.status = status;
        this.risks = risks;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String operation = execution.getProcessBusinessKey();
        LocalDate today = LocalDate.now(clock);
        LocalDate due = today.plusDays(properties.reportDueDays());
        long reportId = records.open(operation, execution.getProcessInstanceId(), due);
        execution.setVariable(REPORT_ID, reportId);
        execution.setVariable(
                REPORT_DUE_DATE, Date.from(clock.instant().plus(Duration.ofDays(properties.reportDueDays()))));
        execution.setVariable(REPORT_DUE_ON, due.toString());
        execution.setVariable(REPORT_OPENED_ON, today.toString());
        execution.setVariable(TRANSITION_SECTION, liveData(operation, today));
    }

    /** The section's first draft: what the engine knows today. */
    String liveData(String operation, LocalDate today) {
        StringBuilder text = new StringBuilder();
        status.asOf(today, operation::equals).operations().forEach(o -> {
            text.append("Stage: ").append(o.stage()).append(".\n");
            text.append("Benchmarks: ")
                    .append(
                            o.benchmarks().isEmpty()
                                    ? "none on record"
                                    : o.benchmarks().stream()
                                            .map(b -> b.code() + " " + b.status())
                                            .collect(Collectors.joining(", ")))
                    .append(".\n");
            text.append("Drawdown: ")
                    .append(o.sites().closed())
                    .append(" of ")
                    .append(o.sites().total())
                    .append(" sites closed.\n");
            text.append("Open escalations: ").append(o.openEscalations()).append(".\n");
            text.append("Latest advice of the Peacebuilding Commission: ")
                    .append(
                            o.lastPbcAdvice() == null
                                    ? "none on record"
                                    : o.lastPbcAdvice().date())
                    .append(".\n");
        });
        long openRisks = risks.risks(operation).stream()
                .filter(risk -> !"CLOSED".equals(risk.status()))
                .count();
        text.append("Risks in the register not closed: ").append(openRisks).append(".");
        return text.toString();
    }
}
