package org.peaceops.engine.review;

import static org.peaceops.engine.review.BenchmarkReview.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.peaceops.engine.access.CurrentUser;
import org.peaceops.engine.camunda.FormValues;
import org.peaceops.engine.escalation.Escalations;
import org.peaceops.engine.risk.RiskRegister;
import org.springframework.stereotype.Component;

/** What the people in a benchmark review decide, written to the tables when their task completes. */
@Component
public class ReviewRecorder {

    static final String ACCEPT_RISK = "ACCEPT_RISK";
    static final String FOLLOW_UP_CHANNEL = "TASKLIST";

    private final ReviewRecords records;
    private final Escalations escalations;
    private final RiskRegister risks;
    private final CurrentUser currentUser;

    public ReviewRecorder(ReviewRecords records, Escalations escalations, RiskRegister risks, CurrentUser currentUser) {
        this.records = records;
        this.escalations = escalations;
        this.risks = risks;
        this.currentUser = currentUser;
    }

    /** Task_FollowUpOverdueMeasurements: the escalation closes with what the transition cell did. */
    public void followedUp(DelegateTask task) {
        escalations.close(
                operation(task),
                OVERDUE_ESCALATION,
                (String) task.getVariable(BENCHMARK_CODE),
                currentUser.completing(task),
                FormValues.text(task, FOLLOW_UP_ACTION),
                FOLLOW_UP_CHANNEL);
    }

    /** Task_ReviewBenchmarkStatus: the transition cell's analysis of the rating. */
    public void reviewed(DelegateTask task) {
        records.reviewed(
                reviewId(task),
                (String) task.getVariable(BENCHMARK_CODE),
                FormValues.text(task, REVIEW_NOTE),
                currentUser.completing(task));
    }

    /**
     * Task_AssessSlippedCondition: mission leadership's assessment and recommendation, recorded with who
     * and when, and shown to headquarters, who decide.
     */
    public void recommended(DelegateTask task) {
        String user = currentUser.completing(task);
        records.recommended(
                reviewId(task),
                (String) task.getVariable(BENCHMARK_CODE),
                FormValues.text(task, SLIP_RECOMMENDATION),
                FormValues.text(task, SLIP_ASSESSMENT),
                user);
        task.getExecution().setVariable(SLIP_RECOMMENDED_BY, user);
    }

    /**
     * Task_DecideOnSlippedCondition: an accepted risk goes to the risk register with its justification;
     * a reassessment request is recorded with what it must answer.
     */
    public void decided(DelegateTask task) {
        String operation = operation(task);
        String benchmarkCode = (String) task.getVariable(BENCHMARK_CODE);
        String decision = FormValues.text(task, SLIP_DECISION);
        String user = currentUser.completing(task);
        if (ACCEPT_RISK.equals(decision)) {
            String justification = FormValues.text(task, RISK_JUSTIFICATION);
            var risk = risks.accepted(
                    operation,
                    new RiskRegister.IdentifiedRisk(
                            FormValues.text(task, RISK_CATEGORY),
                            "Minimum condition " + benchmarkCode + " (" + task.getVariable(BENCHMARK_TITLE)
                                    + ") is " + task.getVariable(BENCHMARK_STATUS) + ": "
                                    + task.getVariable(STATUS_REASON),
                            FormValues.text(task, RISK_LIKELIHOOD),
                            FormValues.text(task, RISK_IMPACT),
                            "Headquarters (accepted by " + user + ", on mission leadership's assessment)",
                            justification));
            records.decided(reviewId(task), benchmarkCode, decision, justification, risk.id(), user);
        } else {
            records.decided(
                    reviewId(task), benchmarkCode, decision, FormValues.text(task, REASSESSMENT_REASONS), null, user);
        }
    }

    private static String operation(DelegateTask task) {
        return task.getExecution().getProcessBusinessKey();
    }

    private static long reviewId(DelegateTask task) {
        return (Long) task.getVariable(REVIEW_ID);
    }
}
