package org.peaceops.engine.hostile;

import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Counts of what a request could have changed, taken before and after it: a refused request must
 * leave every one of them as it was.
 */
final class EngineState {

    /** Every table of the project (Flyway's history aside). */
    private static final String[] TABLES = {
        "assessment_record",
        "benchmark",
        "benchmark_rating",
        "benchmark_review",
        "consultation",
        "council_report",
        "council_report_step",
        "escalation",
        "financing_strategy",
        "hrddp_screening",
        "indicator",
        "lesson",
        "liquidation_record",
        "mail_digest",
        "mail_event",
        "mail_outbox",
        "measurement",
        "measurement_gap",
        "national_poc_plan",
        "operation",
        "pbc_advice",
        "phase",
        "phase_overrun_answer",
        "phase_readiness",
        "phase_readiness_step",
        "phase_record",
        "plan_role",
        "planning_record",
        "regional_role",
        "relapse_check",
        "residual_task",
        "resolution",
        "risk",
        "rule_of_law_handover",
        "site",
        "site_handover",
        "staff_change",
        "transition",
        "transition_plan"
    };

    private EngineState() {}

    static Map<String, Long> of(ProcessEngine engine, JdbcClient jdbc) {
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put(
                "process instances",
                engine.getRuntimeService().createProcessInstanceQuery().count());
        counts.put("tasks", engine.getTaskService().createTaskQuery().count());
        counts.put(
                "variables",
                engine.getRuntimeService().createVariableInstanceQuery().count());
        counts.put(
                "variable updates",
                engine.getHistoryService().createHistoricDetailQuery().count());
        counts.put(
                "deployments",
                engine.getRepositoryService().createDeploymentQuery().count());
        counts.put("jobs", engine.getManagementService().createJobQuery().count());
        counts.put("tenants", engine.getIdentityService().createTenantQuery().count());
        for (String table : TABLES) {
            counts.put(
                    table,
                    jdbc.sql("select count(*) from " + table).query(Long.class).single());
        }
        return counts;
    }
}
