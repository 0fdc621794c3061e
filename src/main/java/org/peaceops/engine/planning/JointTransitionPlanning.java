package org.peaceops.engine.planning;

import org.peaceops.engine.shared.ProcessKeys;

/** Ids and variable names of joint-transition-planning.bpmn. */
public final class JointTransitionPlanning {

    public static final String PROCESS_ID = ProcessKeys.JOINT_TRANSITION_PLANNING;

    public static final String START_EVENT = "StartEvent_PlanningRequested";
    public static final String GATEWAY_PLAN_ROUND = "Gateway_PlanRound";
    public static final String TASK_DRAFT_TRANSITION_PLAN = "Task_DraftTransitionPlan";
    public static final String GATEWAY_PLAN_INPUTS = "Gateway_PlanInputs";
    public static final String TASK_MAP_UNCT_CAPACITY = "Task_MapUnctCapacity";
    public static final String TASK_RECORD_NATIONAL_POC_PLAN = "Task_RecordNationalPocPlan";
    public static final String TASK_GENDER_REVIEW = "Task_GenderReview";
    public static final String TASK_CONSULT_COMMUNITIES = "Task_ConsultCommunitiesOnPlan";
    public static final String TASK_IDENTIFY_RISKS = "Task_IdentifyRisks";
    public static final String GATEWAY_MORE_RISKS = "Gateway_MoreRisks";
    public static final String TASK_DRAFT_FINANCING_STRATEGY = "Task_DraftFinancingStrategy";
    public static final String TASK_CHECK_FINANCIAL_CLIFF = "Task_CheckFinancialCliff";
    public static final String GATEWAY_FINANCIAL_CLIFF = "Gateway_FinancialCliff";
    public static final String TASK_ESCALATE_FINANCIAL_CLIFF = "Task_EscalateFinancialCliff";
    public static final String GATEWAY_FINANCING_REVIEWED = "Gateway_FinancingReviewed";
    public static final String GATEWAY_PLAN_INPUTS_DONE = "Gateway_PlanInputsDone";
    public static final String GATEWAY_SIGNATURES = "Gateway_Signatures";
    public static final String TASK_HOST_SIGNATURE = "Task_SignPlanHostGovernment";
    public static final String TASK_MISSION_SIGNATURE = "Task_SignPlanMissionLeadership";
    public static final String GATEWAY_SIGNATURES_DONE = "Gateway_SignaturesDone";
    public static final String GATEWAY_PLAN_SIGNED = "Gateway_PlanSigned";
    public static final String TASK_RECORD_SIGNED_PLAN = "Task_RecordSignedPlan";
    public static final String END_PLAN_SIGNED = "EndEvent_PlanSigned";
    // rule of law and the security sector (resolution 2594, OP 7), one function per round
    public static final String TASK_MAP_RULE_OF_LAW = "Task_MapRuleOfLawFunction";
    public static final String GATEWAY_MORE_RULE_OF_LAW = "Gateway_MoreRuleOfLawFunctions";
    // a plan with substance (OP 2 and 12), checked before the PBC's advice and the signatures
    public static final String TASK_CHECK_PLAN_SUBSTANCE = "Task_CheckPlanSubstance";
    public static final String GATEWAY_PLAN_SUBSTANCE = "Gateway_PlanSubstance";
    public static final String TASK_DEFINE_BENCHMARKS = "Task_DefineBenchmarks";
    public static final String GATEWAY_MORE_BENCHMARKS = "Gateway_MoreBenchmarks";
    public static final String TASK_RECORD_ROLES_MATRIX = "Task_RecordRolesMatrix";
    public static final String TASK_CONSULT_REGIONAL_ORGANISATIONS = "Task_ConsultRegionalOrganisations";
    public static final String GATEWAY_SUBSTANCE_ADDED = "Gateway_SubstanceAdded";

    // draft plan
    public static final String TRANSITION_PLAN_LINK = "transitionPlanLink";
    public static final String TRANSITION_PLAN_SUMMARY = "transitionPlanSummary";
    public static final String PLANNED_COMPLETION_DATE = "plannedCompletionDate";
    /** Why the last round's plan was not signed, shown to the drafters. */
    public static final String PLAN_REFUSAL_REASONS = "planRefusalReasons";
    // risks, one per round of Task_IdentifyRisks (local to the task)
    public static final String RISK_CATEGORY = "riskCategory";
    public static final String RISK_DESCRIPTION = "riskDescription";
    public static final String RISK_LIKELIHOOD = "riskLikelihood";
    public static final String RISK_IMPACT = "riskImpact";
    public static final String RISK_OWNER = "riskOwner";
    public static final String RISK_MITIGATION = "riskMitigation";
    /** Steers the process: another round of risk identification. */
    public static final String MORE_RISKS = "moreRisks";
    // UNCT capacity mapping
    public static final String UNCT_CAPACITY_MAPPING_LINK = "unctCapacityMappingLink";
    public static final String UNCT_ABSORBABLE_TASKS = "unctAbsorbableTasks";
    public static final String UNCT_CAPACITY_GAPS = "unctCapacityGaps";
    // financing
    public static final String FINANCING_STRATEGY_LINK = "financingStrategyLink";
    public static final String UNCT_FUNDING_USD = "unctFundingUsd";
    public static final String MISSION_PROGRAMME_BUDGET_USD = "missionProgrammeBudgetUsd";
    public static final String FINANCING_NOTES = "financingNotes";
    public static final String FINANCING_COVERAGE = "financingCoverage";
    public static final String FINANCING_CLIFF_THRESHOLD = "financingCliffThreshold";
    public static final String FINANCIAL_CLIFF = "financialCliff";
    public static final String CLIFF_MITIGATION = "cliffMitigation";
    public static final String CLIFF_ESCALATION_CHANNEL = "cliffEscalationChannel";
    // national POC plan
    public static final String NATIONAL_POC_PLAN_STATUS = "nationalPocPlanStatus";
    public static final String NATIONAL_POC_PLAN_ADOPTED_ON = "nationalPocPlanAdoptedOn";
    public static final String NATIONAL_POC_PLAN_LINK = "nationalPocPlanLink";
    // gender review
    public static final String GENDER_REVIEW_FINDINGS = "genderReviewFindings";
    public static final String GENDER_REVIEW_RATING = "genderReviewRating";
    public static final String GENDER_REVIEW_LINK = "genderReviewLink";
    // signatures: local to each signature task, then mapped out per party
    public static final String SIGNATURE_DECISION = "signatureDecision";
    public static final String SIGNATORY_NAME = "signatoryName";
    public static final String SIGNED_ON = "signedOn";
    public static final String REFUSAL_REASONS = "refusalReasons";
    public static final String HOST_SIGNATURE_DECISION = "hostSignatureDecision";
    public static final String HOST_REFUSAL_REASONS = "hostRefusalReasons";
    public static final String MISSION_SIGNATURE_DECISION = "missionSignatureDecision";
    public static final String MISSION_REFUSAL_REASONS = "missionRefusalReasons";

    // rule-of-law functions (local to Task_MapRuleOfLawFunction)
    /** MAP a function, or NOTHING_MORE to map. */
    public static final String RULE_OF_LAW_ENTRY = "ruleOfLawEntry";

    public static final String RULE_OF_LAW_AREA = "ruleOfLawArea";
    public static final String RULE_OF_LAW_FUNCTION = "ruleOfLawFunction";
    public static final String RULE_OF_LAW_RECEIVER_KIND = "ruleOfLawReceiverKind";
    public static final String RULE_OF_LAW_RECEIVER = "ruleOfLawReceiver";
    public static final String RULE_OF_LAW_CAPACITY = "ruleOfLawCapacity";
    public static final String RULE_OF_LAW_CAPACITY_NOTE = "ruleOfLawCapacityNote";
    public static final String RULE_OF_LAW_FUNDING = "ruleOfLawFunding";
    public static final String RULE_OF_LAW_FUNDING_NOTE = "ruleOfLawFundingNote";
    public static final String RULE_OF_LAW_PHASE = "ruleOfLawPhase";
    /** Steers the process: another function to map. */
    public static final String MORE_RULE_OF_LAW_FUNCTIONS = "moreRuleOfLawFunctions";
    // what the plan still lacks, as Task_CheckPlanSubstance found it
    public static final String BENCHMARKS_MISSING = "benchmarksMissing";
    public static final String ROLES_MATRIX_MISSING = "rolesMatrixMissing";
    public static final String REGIONAL_ROLE_MISSING = "regionalRoleMissing";
    /** The same, as a list for people and Cockpit: BENCHMARKS, ROLES_MATRIX, REGIONAL_ROLE. */
    public static final String PLAN_MISSING = "planMissing";
    // a benchmark with its first indicator (local to Task_DefineBenchmarks)
    public static final String BENCHMARKS_SOURCE = "benchmarksSource";
    public static final String BENCHMARK_TITLE = "benchmarkTitle";
    public static final String BENCHMARK_CATEGORY = "benchmarkCategory";
    public static final String BENCHMARK_OWNER = "benchmarkOwner";
    public static final String BENCHMARK_MINIMUM_CONDITION = "benchmarkMinimumCondition";
    public static final String INDICATOR_TITLE = "indicatorTitle";
    public static final String INDICATOR_TYPE = "indicatorType";
    public static final String INDICATOR_BASELINE = "indicatorBaseline";
    public static final String INDICATOR_TARGET = "indicatorTarget";
    public static final String INDICATOR_TARGET_DATE = "indicatorTargetDate";
    public static final String INDICATOR_DIRECTION = "indicatorDirection";
    /** Steers the process: another benchmark to add. */
    public static final String MORE_BENCHMARKS = "moreBenchmarks";
    // roles matrix
    public static final String ROLES_MISSION = "rolesMission";
    public static final String ROLES_UNCT = "rolesUnct";
    public static final String ROLES_HOST_GOVERNMENT = "rolesHostGovernment";
    public static final String ROLES_PARTNERS = "rolesPartners";
    public static final String ROLES_MATRIX_LINK = "rolesMatrixLink";
    // regional organisations in planning
    public static final String REGIONAL_ORGANISATIONS = "regionalOrganisations";
    public static final String REGIONAL_CONSULTED_ON = "regionalConsultedOn";
    public static final String REGIONAL_VIEWS = "regionalViews";
    public static final String REGIONAL_ROLES = "regionalRoles";
    public static final String REGIONAL_RECORD_LINK = "regionalRecordLink";

    private JointTransitionPlanning() {}
}
