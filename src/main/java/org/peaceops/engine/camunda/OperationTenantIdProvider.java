package org.peaceops.engine.camunda;

import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProvider;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderCaseInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderHistoricDecisionInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderProcessInstanceContext;
import org.peaceops.engine.shared.OperationVariables;

/**
 * Every instance belongs to its operation's tenant (tenant id = operation code): a lifecycle takes it
 * from its start variables, a called process from its caller, a decision from the execution that
 * evaluated it. Definitions stay shared, so one deployment serves every operation.
 */
public class OperationTenantIdProvider implements TenantIdProvider {

    @Override
    public String provideTenantIdForProcessInstance(TenantIdProviderProcessInstanceContext ctx) {
        if (ctx.getSuperExecution() != null) {
            return ctx.getSuperExecution().getTenantId();
        }
        Object code = ctx.getVariables() == null ? null : ctx.getVariables().get(OperationVariables.OPERATION_CODE);
        return code instanceof String s && !s.isBlank() ? s : null;
    }

    @Override
    public String provideTenantIdForCaseInstance(TenantIdProviderCaseInstanceContext ctx) {
        return null;
    }

    @Override
    public String provideTenantIdForHistoricDecisionInstance(TenantIdProviderHistoricDecisionInstanceContext ctx) {
        return ctx.getExecution() != null ? ctx.getExecution().getTenantId() : null;
    }
}
