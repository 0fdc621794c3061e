package org.peaceops.engine.assessment;

import static org.peaceops.engine.assessment.StrategicAssessment.*;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The assessment's products: which task produces which record, and which form fields fill it. The
 * recorder reads exactly these variables.
 */
public enum AssessmentStep {
    TERMS_OF_REFERENCE(TASK_DRAFT_TERMS_OF_REFERENCE, TERMS_OF_REFERENCE_LINK, ASSESSMENT_SCOPE, null),
    CONFLICT_ANALYSIS(TASK_CONFLICT_ANALYSIS, CONFLICT_ANALYSIS_LINK, CONFLICT_ANALYSIS_SUMMARY, CONFLICT_RISK_LEVEL),
    POC_THREAT_ASSESSMENT(TASK_POC_THREAT_ASSESSMENT, POC_THREAT_ASSESSMENT_LINK, POC_THREAT_SUMMARY, POC_THREAT_LEVEL),
    GENDER_ANALYSIS(TASK_GENDER_ANALYSIS, GENDER_ANALYSIS_LINK, GENDER_ANALYSIS_SUMMARY, GENDER_RISK_LEVEL),
    HUMAN_RIGHTS_ANALYSIS(
            TASK_HUMAN_RIGHTS_ANALYSIS, HUMAN_RIGHTS_ANALYSIS_LINK, HUMAN_RIGHTS_SUMMARY, HUMAN_RIGHTS_RISK_LEVEL),
    OPTIONS_AND_ADVICE(TASK_DRAFT_OPTIONS, OPTIONS_REPORT_LINK, CANDID_ADVICE, RECOMMENDED_OPTION),
    /** The rating is the EOSG's decision (CLEAR or RETURN), the summary its reasons. */
    EOSG_CLEARANCE(TASK_EOSG_CLEARANCE, null, EOSG_COMMENTS, EOSG_DECISION);

    private final String taskId;
    private final String linkVariable;
    private final String summaryVariable;
    private final String ratingVariable;

    AssessmentStep(String taskId, String linkVariable, String summaryVariable, String ratingVariable) {
        this.taskId = taskId;
        this.linkVariable = linkVariable;
        this.summaryVariable = summaryVariable;
        this.ratingVariable = ratingVariable;
    }

    public static Optional<AssessmentStep> forTask(String taskId) {
        return Arrays.stream(values()).filter(s -> s.taskId.equals(taskId)).findFirst();
    }

    public String taskId() {
        return taskId;
    }

    public String linkVariable() {
        return linkVariable;
    }

    public String summaryVariable() {
        return summaryVariable;
    }

    public String ratingVariable() {
        return ratingVariable;
    }

    public Set<String> variables() {
        return Stream.of(linkVariable, summaryVariable, ratingVariable)
                .filter(v -> v != null)
                .collect(Collectors.toUnmodifiableSet());
    }
}
