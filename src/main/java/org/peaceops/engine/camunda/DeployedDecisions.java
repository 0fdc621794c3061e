package org.peaceops.engine.camunda;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.dmn.feel.impl.scala.function.FeelCustomFunctionProvider;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.dmn.entity.repository.DecisionDefinitionEntity;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * Evaluates the latest deployed version of a DMN decision, as the process designers left it in
 * {@code processes/}. Reads (the API, reports) must not write decision history on every call, nor
 * need an authorization to create decision instances: so the decision the engine deployed and parsed
 * is evaluated by a DMN engine without history listeners (evaluated through the engine's
 * DecisionService, each evaluation would be recorded as a historic decision instance: inserts for
 * every indicator of a report). The business rule tasks of the processes still go through the
 * engine, so Cockpit keeps their audit. The FEEL engine is the engine's, with the engine's custom
 * functions and blank-output setting, prepared for evaluating the same expressions many times
 * ({@link PreparedFeelEngine}: each parsed once, the built-in functions built once).
 */
@Component
public class DeployedDecisions {

    private final ProcessEngineConfigurationImpl engine;
    private final DmnEngine dmn;

    public DeployedDecisions(ProcessEngineConfigurationImpl engine) {
        this.engine = engine;
        List<FeelCustomFunctionProvider> functions = engine.getDmnFeelCustomFunctionProviders();
        this.dmn = ((DefaultDmnEngineConfiguration) DmnEngineConfiguration.createDefaultDmnEngineConfiguration())
                .feelEngineFactory(() -> new PreparedFeelEngine(functions))
                .setReturnBlankTableOutputAsNull(engine.isDmnReturnBlankTableOutputAsNull())
                .buildEngine();
    }

    /** The latest deployed version of the decision; look it up once per batch of evaluations. */
    public DmnDecision latest(String decisionKey) {
        return engine.getCommandExecutorTxRequired().execute(context -> {
            // shared definitions, whoever asks: the caller has already been held to its operation
            context.disableAuthorizationCheck();
            context.disableTenantCheck();
            return (DecisionDefinitionEntity) context.getProcessEngineConfiguration()
                    .getDeploymentCache()
                    .findDeployedLatestDecisionDefinitionByKey(decisionKey);
        });
    }

    /** The single result of a decision with hit policy FIRST. */
    public DmnDecisionResultEntries evaluate(DmnDecision decision, Map<String, Object> variables) {
        var result = dmn.evaluateDecision(decision, Variables.fromMap(variables));
        if (result.isEmpty()) {
            throw new IllegalStateException("decision " + decision.getKey() + " matched no rule for " + variables);
        }
        return result.getSingleResult();
    }

    /** Every result of a decision with a hit policy that may give several (RULE ORDER), in order. */
    public List<DmnDecisionResultEntries> evaluateAll(DmnDecision decision, Map<String, Object> variables) {
        var result = dmn.evaluateDecision(decision, Variables.fromMap(variables));
        if (result.isEmpty()) {
            throw new IllegalStateException("decision " + decision.getKey() + " matched no rule for " + variables);
        }
        return List.copyOf(result);
    }
}
