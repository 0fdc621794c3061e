package org.peaceops.engine.drawdown;

import org.peaceops.engine.shared.ProcessKeys;

/** Ids and variable names of drawdown-phase.bpmn. */
public final class DrawdownPhase {

    public static final String PROCESS_ID = ProcessKeys.DRAWDOWN_PHASE;
    public static final String DECISION_ID = "phase-readiness";

    public static final String START_PHASE_DUE = "StartEvent_PhaseDue";
    public static final String TASK_OPEN_PHASE = "Task_OpenPhase";
    public static final String GATEWAY_PHASE_UNDERWAY = "Gateway_PhaseUnderway";
    public static final String SUBPROCESS_READINESS_GATE = "SubProcess_PhaseReadinessGate";
    public static final String START_READINESS_GATE = "StartEvent_ReadinessGate";
    public static final String GATEWAY_READINESS_ROUND = "Gateway_ReadinessRound";
    public static final String TASK_ASSESS_SECURITY = "Task_AssessPhaseSecurity";
    public static final String TASK_ANALYSE_GENDER = "Task_AnalysePhaseGender";
    public static final String TASK_CONFIRM_CONDITIONS = "Task_ConfirmPhaseConditions";
    public static final String TASK_DECIDE_READINESS = "Task_DecidePhaseReadiness";
    public static final String GATEWAY_PHASE_READINESS = "Gateway_PhaseReadiness";
    public static final String GATEWAY_PHASE_READY = "Gateway_PhaseReady";
    public static final String END_PHASE_READY = "EndEvent_PhaseReady";
    public static final String END_WITHDRAWAL_TO_ACCELERATE = "EndEvent_WithdrawalToAccelerate";
    public static final String GATEWAY_GATE_OUTCOME = "Gateway_GateOutcome";
    public static final String GATEWAY_WITHDRAWAL_ACCELERATED = "Gateway_WithdrawalAccelerated";
    public static final String TASK_RECORD_ACCELERATED_RISK = "Task_RecordAcceleratedRisk";
    public static final String TASK_ACCEPT_ACCELERATED_RISK = "Task_AcceptAcceleratedRisk";
    public static final String TASK_ANALYSE_ACCELERATED_GENDER = "Task_AnalyseAcceleratedPhaseGender";
    public static final String TASK_RECORD_SITE_ENVIRONMENT = "Task_RecordSiteEnvironment";
    public static final String TASK_ASSESS_SITE_SECURITY = "Task_AssessSiteSecurity";
    public static final String TASK_RECORD_SITE_CLOSURE = "Task_RecordSiteClosure";
    public static final String TASK_RECORD_MITIGATION = "Task_RecordPhaseMitigation";
    public static final String TASK_ACCEPT_MITIGATION = "Task_AcceptPhaseMitigation";
    public static final String GATEWAY_MITIGATION_ACCEPTED = "Gateway_MitigationAccepted";
    public static final String TASK_DECIDE_PAUSED_PHASE = "Task_DecidePausedPhase";
    public static final String EVENT_REVIEW_AGAIN_DUE = "Event_ReviewAgainDue";
    public static final String GATEWAY_PHASE_CLEARED = "Gateway_PhaseCleared";
    public static final String TASK_BEGIN_PHASE = "Task_BeginPhase";
    public static final String SUBPROCESS_SITE_HANDOVER = "SubProcess_SiteHandover";
    public static final String TASK_CHECK_POC_THREATS = "Task_CheckSitePocThreats";
    public static final String TASK_CLEAR_ENVIRONMENT = "Task_ClearSiteEnvironment";
    public static final String TASK_PLAN_ASSET_DISPOSAL = "Task_PlanSiteAssetDisposal";
    public static final String TASK_CERTIFY_HANDOVER = "Task_CertifySiteHandover";
    public static final String TASK_SCREEN_SITE_RECEIVING_UNIT = "Task_ScreenSiteReceivingUnit";
    public static final String GATEWAY_SITE_HANDOVER_SUPPORTED = "Gateway_SiteHandoverSupported";
    public static final String TASK_DECIDE_WITHHELD_SITE_HANDOVER = "Task_DecideWithheldSiteHandover";
    public static final String SUBPROCESS_RULE_OF_LAW_HANDOVER = "SubProcess_RuleOfLawHandover";
    public static final String GATEWAY_RULE_OF_LAW_SCREENING_NEEDED = "Gateway_RuleOfLawScreeningNeeded";
    public static final String TASK_SCREEN_RULE_OF_LAW_RECEIVER = "Task_ScreenRuleOfLawReceiver";
    public static final String TASK_DECIDE_WITHHELD_RULE_OF_LAW_HANDOVER = "Task_DecideWithheldRuleOfLawHandover";
    public static final String TASK_HAND_OVER_RULE_OF_LAW_FUNCTION = "Task_HandOverRuleOfLawFunction";
    public static final String END_SITE_CLOSED = "EndEvent_SiteClosed";
    public static final String TASK_REPATRIATE = "Task_RepatriateUniformedPersonnel";
    public static final String TASK_RECORD_LESSON = "Task_RecordLesson";
    public static final String GATEWAY_ANOTHER_LESSON = "Gateway_AnotherLesson";
    public static final String TASK_RECORD_PHASE_ENDED = "Task_RecordPhaseEnded";
    public static final String END_PHASE_ENDED = "EndEvent_PhaseEnded";

    /** Escalation kind of a paused phase, open until HQ decides; subject: "phase:" and its id. */
    public static final String PAUSED_ESCALATION = "PHASE_PAUSED";

    /**
     * Escalation kind of a handover whose human rights screening withheld support, open until mission
     * leadership and HQ decide what happens instead; subject: "hrddp:" and the screening's id.
     */
    public static final String HANDOVER_WITHHELD_ESCALATION = "HANDOVER_WITHHELD";

    // the phase
    public static final String PHASE_ID = "phaseId";
    public static final String PHASE_NAME = "phaseName";
    public static final String PHASE_STATUS = "phaseStatus";
    public static final String PHASE_SITE_IDS = "phaseSiteIds";
    public static final String ACCELERATED = "accelerated";
    // readiness inputs
    public static final String SECURITY_RISK_LEVEL = "securityRiskLevel";
    public static final String SECURITY_ASSESSMENT_LINK = "securityAssessmentLink";
    public static final String SECURITY_SUMMARY = "securitySummary";
    public static final String GENDER_ANALYSIS_LINK = "genderAnalysisLink";
    public static final String GENDER_FINDINGS = "genderFindings";
    public static final String WOMEN_CONSULTED = "womenConsulted";
    public static final String GENDER_RECOMMENDATIONS = "genderRecommendations";
    public static final String HOST_CONSENT = "hostConsent";
    public static final String CONSENT_NOTE = "consentNote";
    public static final String NATIONAL_POC_PLAN_STATUS = "nationalPocPlanStatus";
    public static final String UNCT_FUNDING_PERCENT = "unctFundingPercent";
    // the facts phase-readiness reads (local to Task_DecidePhaseReadiness, with hostConsent and
    // securityRiskLevel), the benchmarks behind the minimum conditions, and the table's results
    public static final String MINIMUM_CONDITIONS = "minimumConditions";
    public static final String MINIMUM_CONDITIONS_DETAIL = "minimumConditionsDetail";
    public static final String UNCT_FUNDING_COVERAGE = "unctFundingCoverage";
    public static final String NATIONAL_POC_PLAN_ADOPTED = "nationalPocPlanAdopted";
    public static final String READINESS_RESULTS = "readinessResults";
    public static final String OUTCOME = "outcome";
    public static final String REASON = "reason";
    // the readiness decision
    public static final String READINESS_ID = "readinessId";
    public static final String READINESS_OUTCOME = "readinessOutcome";
    public static final String READINESS_REASONS = "readinessReasons";
    public static final String PROCEED = "PROCEED";
    public static final String PROCEED_WITH_MITIGATION = "PROCEED_WITH_MITIGATION";
    public static final String PAUSE_AND_ESCALATE = "PAUSE_AND_ESCALATE";
    // mitigation
    public static final String MITIGATION_MEASURES = "mitigationMeasures";
    public static final String RISK_CATEGORY = "riskCategory";
    public static final String RISK_LIKELIHOOD = "riskLikelihood";
    public static final String RISK_IMPACT = "riskImpact";
    public static final String MITIGATION_RISK_ID = "mitigationRiskId";
    public static final String MITIGATION_DECISION = "mitigationDecision";
    public static final String MITIGATION_COMMENT = "mitigationComment";
    // pause
    public static final String PAUSE_DECISION = "pauseDecision";
    public static final String REVIEW_AGAIN_ON = "reviewAgainOn";
    public static final String PAUSE_REASONING = "pauseReasoning";
    public static final String COUNCIL_REQUEST = "councilRequest";
    public static final String ACCELERATE = "ACCELERATE";
    // accelerated
    public static final String ACCELERATED_RISKS = "acceleratedRisks";
    public static final String ACCELERATED_RISK_ID = "acceleratedRiskId";
    public static final String ACCELERATED_RISK_ACCEPTED = "acceleratedRiskAccepted";
    public static final String ACCEPTANCE_NOTE = "acceptanceNote";
    public static final String SITE_SECURITY_RISK_LEVEL = "siteSecurityRiskLevel";
    public static final String SITE_SECURITY_SUMMARY = "siteSecuritySummary";
    public static final String SITE_CLOSURE_NOTE = "siteClosureNote";
    // one site (local to each instance of the subprocess)
    public static final String SITE_ID = "siteId";
    public static final String SITE_NAME = "siteName";
    public static final String SITE_TYPE = "siteType";
    public static final String POC_THREAT_LEVEL = "pocThreatLevel";
    public static final String POC_EARLY_WARNING = "pocEarlyWarning";
    public static final String POC_COMMUNITY_ENGAGEMENT = "pocCommunityEngagement";
    public static final String POC_PROTECTION_COMMITMENTS = "pocProtectionCommitments";
    public static final String ENVIRONMENTAL_CLEARANCE_LINK = "environmentalClearanceLink";
    public static final String ENVIRONMENTAL_SUMMARY = "environmentalSummary";
    public static final String ASSET_DISPOSAL_LINK = "assetDisposalLink";
    public static final String ASSET_DISPOSAL_METHOD = "assetDisposalMethod";
    public static final String ASSET_DISPOSAL_SUMMARY = "assetDisposalSummary";
    public static final String CERTIFICATE_LINK = "certificateLink";
    public static final String RECEIVING_AUTHORITY = "receivingAuthority";
    public static final String CERTIFICATE_SIGNED_ON = "certificateSignedOn";
    public static final String SITE_OUTCOME = "siteOutcome";
    public static final String SITE_CLOSED_ON = "siteClosedOn";
    public static final String ENVIRONMENTAL_OUTCOME = "environmentalOutcome";
    // human rights due diligence (HRDDP): the screening of a receiving unit, and a withheld handover
    public static final String HRDDP_RECEIVING_UNIT = "hrddpReceivingUnit";
    public static final String HRDDP_VIOLATION_RISK = "hrddpViolationRisk";
    public static final String HRDDP_RISK_SUMMARY = "hrddpRiskSummary";
    public static final String HRDDP_MITIGATION = "hrddpMitigation";
    public static final String HRDDP_DECISION = "hrddpDecision";
    public static final String HRDDP_CONDITIONS = "hrddpConditions";
    public static final String HRDDP_SCREENING_ID = "hrddpScreeningId";
    public static final String SUPPORT = "SUPPORT";
    public static final String SUPPORT_WITH_CONDITIONS = "SUPPORT_WITH_CONDITIONS";
    public static final String WITHHOLD = "WITHHOLD";
    public static final String WITHHELD_DECISION = "withheldDecision";
    public static final String WITHHELD_NOTE = "withheldNote";
    public static final String ANOTHER_UNIT = "ANOTHER_UNIT";
    public static final String CLOSE_WITHOUT_HANDOVER = "CLOSE_WITHOUT_HANDOVER";
    public static final String NOT_TO_THAT_UNIT = "NOT_TO_THAT_UNIT";
    // the rule-of-law functions of the phase (OP 7): fixed when it begins; one function (local to each
    // instance of the subprocess, with ruleOfLawHandoverId) and its handover
    public static final String PHASE_RULE_OF_LAW_IDS = "phaseRuleOfLawIds";
    public static final String RULE_OF_LAW_FUNCTION = "ruleOfLawFunction";
    public static final String RULE_OF_LAW_AREA = "ruleOfLawArea";
    public static final String RULE_OF_LAW_RECEIVER = "ruleOfLawReceiver";
    public static final String RULE_OF_LAW_RECEIVER_KIND = "ruleOfLawReceiverKind";
    public static final String RULE_OF_LAW_OUTCOME = "ruleOfLawOutcome";
    public static final String RULE_OF_LAW_HANDED_OVER_ON = "ruleOfLawHandedOverOn";
    public static final String RULE_OF_LAW_CONFIRMATION = "ruleOfLawConfirmation";
    public static final String RULE_OF_LAW_NOTE = "ruleOfLawNote";
    // end of the phase
    public static final String TROOPS_REPATRIATED = "troopsRepatriated";
    public static final String POLICE_REPATRIATED = "policeRepatriated";
    public static final String REPATRIATION_COMPLETED_ON = "repatriationCompletedOn";
    public static final String REPATRIATION_NOTE = "repatriationNote";
    public static final String LESSON_CATEGORY = "lessonCategory";
    public static final String LESSON_TITLE = "lessonTitle";
    public static final String LESSON_TEXT = "lessonText";
    public static final String LESSON_RECOMMENDATION = "lessonRecommendation";
    public static final String ANOTHER_LESSON = "anotherLesson";
    public static final String PHASE_ENDED_ON = "phaseEndedOn";
    public static final String PHASE_SUMMARY = "phaseSummary";

    private DrawdownPhase() {}
}
