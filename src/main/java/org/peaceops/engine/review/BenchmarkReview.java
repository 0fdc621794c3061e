package org.peaceops.engine.review;

import org.peaceops.engine.shared.ProcessKeys;

/** Ids and variable names of benchmark-review.bpmn. */
public final class BenchmarkReview {

    public static final String PROCESS_ID = ProcessKeys.BENCHMARK_REVIEW;

    public static final String START_REVIEW_DUE = "StartEvent_ReviewDue";
    public static final String TASK_OPEN_REVIEW = "Task_OpenReview";
    public static final String SUBPROCESS_REVIEW_BENCHMARK = "SubProcess_ReviewBenchmark";
    public static final String START_BENCHMARK_UP = "StartEvent_BenchmarkUp";
    public static final String TASK_SUBMIT_MEASUREMENT = "Task_SubmitMeasurement";
    public static final String EVENT_MEASUREMENTS_OVERDUE = "Event_MeasurementsOverdue";
    public static final String TASK_FOLLOW_UP_OVERDUE = "Task_FollowUpOverdueMeasurements";
    public static final String END_OVERDUE_FOLLOWED_UP = "EndEvent_OverdueFollowedUp";
    public static final String TASK_RATE_BENCHMARK = "Task_RateBenchmark";
    public static final String TASK_REVIEW_STATUS = "Task_ReviewBenchmarkStatus";
    public static final String GATEWAY_CONDITION_SLIPPED = "Gateway_ConditionSlipped";
    public static final String END_BENCHMARK_REVIEWED = "EndEvent_BenchmarkReviewed";
    public static final String TASK_ASSESS_SLIPPED_CONDITION = "Task_AssessSlippedCondition";
    public static final String TASK_DECIDE_ON_SLIPPED_CONDITION = "Task_DecideOnSlippedCondition";
    public static final String GATEWAY_SLIP_DECISION = "Gateway_SlipDecision";
    public static final String END_RISK_ACCEPTED = "EndEvent_RiskAccepted";
    public static final String GATEWAY_REASSESSMENT_UNDER_WAY = "Gateway_ReassessmentUnderWay";
    public static final String END_REASSESSMENT_REQUESTED = "EndEvent_ReassessmentRequested";
    public static final String END_JOINED_REASSESSMENT = "EndEvent_JoinedReassessment";
    public static final String TASK_CLOSE_REVIEW = "Task_CloseReview";
    public static final String END_REVIEW_CLOSED = "EndEvent_ReviewClosed";

    public static final String FORM_SUBMIT_MEASUREMENT = "form-submit-measurement";
    public static final String FORM_FOLLOW_UP = "form-follow-up-measurements";
    public static final String FORM_REVIEW_STATUS = "form-review-benchmark-status";
    public static final String FORM_ASSESS_SLIPPED_CONDITION = "form-assess-slipped-condition";
    public static final String FORM_DECIDE_SLIPPED_CONDITION = "form-decide-slipped-condition";

    /** The escalation kind of measurements still missing at their due date; subject: the benchmark. */
    public static final String OVERDUE_ESCALATION = "MEASUREMENTS_OVERDUE";

    // the review
    public static final String REVIEW_ID = "reviewId";
    public static final String MEASUREMENTS_DUE = "measurementsDue";
    // one benchmark (local to each instance of the subprocess)
    public static final String BENCHMARK_CODE = "benchmarkCode";
    public static final String BENCHMARK_TITLE = "benchmarkTitle";
    public static final String BENCHMARK_STATUS = "benchmarkStatus";
    public static final String STATUS_REASON = "statusReason";
    public static final String PREVIOUS_STATUS = "previousStatus";
    public static final String INDICATOR_STATUSES = "indicatorStatuses";
    public static final String MINIMUM_CONDITION_SLIPPED = "minimumConditionSlipped";
    /** Task_RateBenchmark's result (status and reason), local to one benchmark's review. */
    public static final String BENCHMARK_STATUS_RESULT = "benchmarkStatusResult";
    /** The benchmark's indicators with their statuses, as rated for Task_RateBenchmark. */
    public static final String RATED_INDICATORS = "ratedIndicators";

    public static final String MISSING_MEASUREMENTS = "missingMeasurements";
    public static final String FOLLOW_UP_ACTION = "followUpAction";
    public static final String REVIEW_NOTE = "reviewNote";
    public static final String SLIP_RECOMMENDATION = "slipRecommendation";
    public static final String SLIP_ASSESSMENT = "slipAssessment";
    /** Who in mission leadership recommended, for headquarters' form. */
    public static final String SLIP_RECOMMENDED_BY = "slipRecommendedBy";

    public static final String SLIP_DECISION = "slipDecision";
    public static final String RISK_CATEGORY = "riskCategory";
    public static final String RISK_LIKELIHOOD = "riskLikelihood";
    public static final String RISK_IMPACT = "riskImpact";
    public static final String RISK_JUSTIFICATION = "riskJustification";
    public static final String REASSESSMENT_REASONS = "reassessmentReasons";
    // one indicator (local to each measurement task)
    public static final String INDICATOR_CODE = "indicatorCode";
    public static final String INDICATOR_NAME = "indicatorName";
    public static final String INDICATOR_TYPE = "indicatorType";
    public static final String INDICATOR_UNIT = "indicatorUnit";
    public static final String INDICATOR_TARGET = "indicatorTarget";
    public static final String LATEST_MEASUREMENT = "latestMeasurement";
    public static final String NEW_MEASUREMENT = "newMeasurement";
    public static final String MEASURED_ON = "measuredOn";
    public static final String MEASURED_NUMBER = "measuredNumber";
    public static final String MEASURED_TRUE = "measuredTrue";
    public static final String MEASURED_DATE = "measuredDate";
    public static final String MEASUREMENT_NOTE = "measurementNote";
    public static final String NO_VALUE_REASON = "noValueReason";

    private BenchmarkReview() {}
}
