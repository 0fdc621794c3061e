package org.peaceops.engine.assessment;

import org.peaceops.engine.shared.ProcessKeys;

/** Ids and variable names of strategic-assessment.bpmn. */
public final class StrategicAssessment {

    public static final String PROCESS_ID = ProcessKeys.STRATEGIC_ASSESSMENT;

    public static final String START_EVENT = "StartEvent_AssessmentRequested";
    public static final String TASK_DRAFT_TERMS_OF_REFERENCE = "Task_DraftTermsOfReference";
    public static final String GATEWAY_ANALYSES_FORK = "Gateway_AnalysesAndConsultations";
    public static final String TASK_CONFLICT_ANALYSIS = "Task_ConflictAnalysis";
    public static final String TASK_POC_THREAT_ASSESSMENT = "Task_PocThreatAssessment";
    public static final String TASK_GENDER_ANALYSIS = "Task_GenderAnalysis";
    public static final String TASK_HUMAN_RIGHTS_ANALYSIS = "Task_HumanRightsRiskAnalysis";
    public static final String TASK_CONSULT_HOST_GOVERNMENT = "Task_ConsultHostGovernment";
    public static final String TASK_CONSULT_RC_UNCT = "Task_ConsultRcUnct";
    public static final String TASK_CONSULT_CIVIL_SOCIETY = "Task_ConsultCivilSociety";
    public static final String TASK_CONSULT_REGIONAL_ORGANISATIONS = "Task_ConsultRegionalOrganisations";
    public static final String GATEWAY_ANALYSES_JOIN = "Gateway_AnalysesAndConsultationsDone";
    public static final String GATEWAY_OPTIONS_ROUND = "Gateway_OptionsRound";
    public static final String TASK_DRAFT_OPTIONS = "Task_DraftOptionsAndAdvice";
    public static final String TASK_EOSG_CLEARANCE = "Task_EosgClearance";
    public static final String GATEWAY_CLEARED = "Gateway_AssessmentCleared";
    public static final String END_CLEARED = "EndEvent_AssessmentCleared";

    // Terms of reference
    public static final String TERMS_OF_REFERENCE_LINK = "termsOfReferenceLink";
    public static final String ASSESSMENT_SCOPE = "assessmentScope";
    // Analyses
    public static final String CONFLICT_ANALYSIS_LINK = "conflictAnalysisLink";
    public static final String CONFLICT_ANALYSIS_SUMMARY = "conflictAnalysisSummary";
    public static final String CONFLICT_RISK_LEVEL = "conflictRiskLevel";
    public static final String POC_THREAT_ASSESSMENT_LINK = "pocThreatAssessmentLink";
    public static final String POC_THREAT_SUMMARY = "pocThreatSummary";
    public static final String POC_THREAT_LEVEL = "pocThreatLevel";
    public static final String GENDER_ANALYSIS_LINK = "genderAnalysisLink";
    public static final String GENDER_ANALYSIS_SUMMARY = "genderAnalysisSummary";
    public static final String GENDER_RISK_LEVEL = "genderRiskLevel";
    public static final String HUMAN_RIGHTS_ANALYSIS_LINK = "humanRightsAnalysisLink";
    public static final String HUMAN_RIGHTS_SUMMARY = "humanRightsSummary";
    public static final String HUMAN_RIGHTS_RISK_LEVEL = "humanRightsRiskLevel";
    // Options and advice, clearance
    public static final String OPTIONS_REPORT_LINK = "optionsReportLink";
    public static final String RECOMMENDED_OPTION = "recommendedOption";
    public static final String CANDID_ADVICE = "candidAdvice";
    public static final String EOSG_DECISION = "eosgDecision";
    public static final String EOSG_COMMENTS = "eosgComments";
    /** Set on a return, from the comments: the next draft of the options shows them. */
    public static final String EOSG_RETURN_REASONS = "eosgReturnReasons";

    private StrategicAssessment() {}
}
