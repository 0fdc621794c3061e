package org.peaceops.engine.assessment;

import static org.peaceops.engine.assessment.StrategicAssessment.*;

/**
 * The assessment's products: which form fields fill each record. Each product's task has its own
 * recorder, which names its step here; the name is the record's kind.
 */
public enum AssessmentStep {
    /** Task_DraftTermsOfReference. */
    TERMS_OF_REFERENCE(TERMS_OF_REFERENCE_LINK, ASSESSMENT_SCOPE, null),
    /** Task_ConflictAnalysis. */
    CONFLICT_ANALYSIS(CONFLICT_ANALYSIS_LINK, CONFLICT_ANALYSIS_SUMMARY, CONFLICT_RISK_LEVEL),
    /** Task_PocThreatAssessment. */
    POC_THREAT_ASSESSMENT(POC_THREAT_ASSESSMENT_LINK, POC_THREAT_SUMMARY, POC_THREAT_LEVEL),
    /** Task_GenderAnalysis. */
    GENDER_ANALYSIS(GENDER_ANALYSIS_LINK, GENDER_ANALYSIS_SUMMARY, GENDER_RISK_LEVEL),
    /** Task_HumanRightsRiskAnalysis. */
    HUMAN_RIGHTS_ANALYSIS(HUMAN_RIGHTS_ANALYSIS_LINK, HUMAN_RIGHTS_SUMMARY, HUMAN_RIGHTS_RISK_LEVEL),
    /** Task_DraftOptionsAndAdvice. */
    OPTIONS_AND_ADVICE(OPTIONS_REPORT_LINK, CANDID_ADVICE, RECOMMENDED_OPTION),
    /** Task_EosgClearance: the rating is the EOSG's decision (CLEAR or RETURN), the summary its reasons. */
    EOSG_CLEARANCE(null, EOSG_COMMENTS, EOSG_DECISION);

    private final String linkVariable;
    private final String summaryVariable;
    private final String ratingVariable;

    AssessmentStep(String linkVariable, String summaryVariable, String ratingVariable) {
        this.linkVariable = linkVariable;
        this.summaryVariable = summaryVariable;
        this.ratingVariable = ratingVariable;
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
}
