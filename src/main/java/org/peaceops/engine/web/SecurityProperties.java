package org.peaceops.engine.web;

import java.time.Duration;
import java.util.List;
import org.camunda.bpm.engine.authorization.Groups;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Who may use the engine REST routes that act on the whole engine, and how long a sign-in is
 * remembered ({@code transition.security.*}).
 *
 * @param restDeployers groups that may deploy (or delete deployments) through REST. A deployment's
 *     expressions and scripts run on the server, so this is as much as shell access: in production
 *     only the administrators (changes to the models ship through the repository and CI); the demo
 *     adds the designers, so that they deploy from Camunda Modeler.
 * @param engineReaders groups that may read the engine-wide metrics, job definitions, jobs and
 *     batches: the managers who follow the operations in Cockpit, and the administrators
 * @param authenticationCacheTtl how long a successful HTTP Basic sign-in (the user, their groups and
 *     tenants) is remembered on a node, default 30 seconds; zero remembers nothing. It bounds how long
 *     another node takes to see an identity change ({@link BasicAuthentications})
 */
@ConfigurationProperties("transition.security")
public record SecurityProperties(
        List<String> restDeployers, List<String> engineReaders, Duration authenticationCacheTtl) {

    public static final Duration DEFAULT_AUTHENTICATION_CACHE_TTL = Duration.ofSeconds(30);

    public SecurityProperties {
        restDeployers = restDeployers == null || restDeployers.isEmpty()
                ? List.of(Groups.CAMUNDA_ADMIN)
                : List.copyOf(restDeployers);
        engineReaders = engineReaders == null || engineReaders.isEmpty()
                ? List.of(Groups.CAMUNDA_ADMIN, "transition-managers")
                : List.copyOf(engineReaders);
        if (authenticationCacheTtl == null) {
            authenticationCacheTtl = DEFAULT_AUTHENTICATION_CACHE_TTL;
        }
        if (authenticationCacheTtl.isNegative()) {
            throw new IllegalArgumentException(
                    "transition.security.authentication-cache-ttl must not be negative: " + authenticationCacheTtl);
        }
    }
}
