package org.peaceops.engine.web;

import java.util.List;
import org.camunda.bpm.engine.authorization.Groups;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Who may use the engine REST routes that act on the whole engine ({@code transition.security.*}).
 *
 * @param restDeployers groups that may deploy (or delete deployments) through REST. A deployment's
 *     expressions and scripts run on the server, so this is as much as shell access: in production
 *     only the administrators (changes to the models ship through the repository and CI); the demo
 *     adds the designers, so that they deploy from Camunda Modeler.
 * @param engineReaders groups that may read the engine-wide metrics, job definitions, jobs and
 *     batches: the managers who follow the operations in Cockpit, and the administrators
 */
@ConfigurationProperties("transition.security")
public record SecurityProperties(List<String> restDeployers, List<String> engineReaders) {

    public SecurityProperties {
        restDeployers = restDeployers == null || restDeployers.isEmpty()
                ? List.of(Groups.CAMUNDA_ADMIN)
                : List.copyOf(restDeployers);
        engineReaders = engineReaders == null || engineReaders.isEmpty()
                ? List.of(Groups.CAMUNDA_ADMIN, "transition-managers")
                : List.copyOf(engineReaders);
    }
}
