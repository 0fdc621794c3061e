package org.peaceops.engine.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peaceops.engine.EngineTest;
import org.peaceops.engine.IdentityLookups;
import org.peaceops.engine.RestClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A repeated HTTP Basic request costs no look-up of the caller; a wrong password is never remembered;
 * an identity change made on this node holds at the next request, one made by another node (straight
 * in the shared database) once the remembered sign-in has expired.
 */
@EngineTest
class BasicSignInCacheTest {

    private static final String METRICS = "/engine-rest/metrics/activity-instance-start/sum";

    @LocalServerPort
    int port;

    @Autowired
    IdentityService identityService;

    @Autowired
    IdentityLookups lookups;

    @Autowired
    SecurityProperties security;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    RestClient rest;
    String user;

    @BeforeEach
    void aUserOfNoGroup() {
        rest = new RestClient(port);
        user = "cache-" + UUID.randomUUID().toString().substring(0, 8);
        var created = identityService.newUser(user);
        created.setPassword("first-" + user);
        identityService.saveUser(created);
    }

    @AfterEach
    void resetTheClock() {
        ClockUtil.reset();
    }

    @Test
    void aRepeatedBasicRequestLooksUpNeitherPasswordNorGroupsNorTenants() {
        assertThat(status("/engine-rest/task?maxResults=1", "first-" + user)).isEqualTo(200);
        assertThat(status("/api/operations", "first-" + user)).isEqualTo(200);
        long before = lookups.count();

        assertThat(status("/engine-rest/task?maxResults=1", "first-" + user)).isEqualTo(200);
        assertThat(status("/api/operations", "first-" + user)).isEqualTo(200);

        assertThat(lookups.count() - before).isZero();
    }

    @Test
    void aWrongPasswordIsRefusedEveryTimeAndCheckedEveryTime() {
        assertThat(status("/engine-rest/task", "first-" + user)).isEqualTo(200);
        long before = lookups.count();

        var engineRest = send("/engine-rest/task", "wrong");
        var api = send("/api/operations", "wrong");

        assertThat(engineRest.status()).isEqualTo(401);
        assertThat(engineRest.header("WWW-Authenticate")).isEqualTo("Basic realm=\"default\"");
        assertThat(api.status()).isEqualTo(401);
        assertThat(api.json().path("errors").get(0).path("path").asText()).isEmpty();
        assertThat(send("/engine-rest/task", "wrong").status()).isEqualTo(401);
        // each wrong attempt went to the engine's password check: none was answered from memory
        assertThat(lookups.count() - before).isEqualTo(3);
    }

    @Test
    void aChangedPasswordHoldsAtTheNextRequest() {
        assertThat(status(METRICS, "first-" + user)).isEqualTo(403);
        var changed = identityService.createUserQuery().userId(user).singleResult();
        changed.setPassword("second-" + user);
        identityService.saveUser(changed);

        assertThat(status(METRICS, "second-" + user)).isEqualTo(403);
        // last: after a failed attempt the engine refuses even the right password for a few seconds
        assertThat(status(METRICS, "first-" + user)).isEqualTo(401);
        assertThat(status("/api/operations", "first-" + user)).isEqualTo(401);
    }

    @Test
    void aGroupMembershipGivenOrTakenOnThisNodeHoldsAtTheNextRequest() {
        assertThat(status(METRICS, "first-" + user)).isEqualTo(403);

        identityService.createMembership(user, "transition-managers");
        assertThat(status(METRICS, "first-" + user)).isEqualTo(200);

        identityService.deleteMembership(user, "transition-managers");
        assertThat(status(METRICS, "first-" + user)).isEqualTo(403);
    }

    @Test
    void aTenantMembershipHoldsAtTheNextRequest() {
        String operation = "/api/operations/" + "MONUSCO";
        assertThat(status(operation, "first-" + user)).isEqualTo(404);

        identityService.createTenantUserMembership("MONUSCO", user);

        assertThat(status(operation, "first-" + user)).isEqualTo(200);
    }

    @Test
    void aTenantMembershipGivenOnThisNodeJoinsTheRememberedSignInWithoutALookUp() {
        assertThat(status("/engine-rest/task?maxResults=1", "first-" + user)).isEqualTo(200);
        identityService.createTenantUserMembership("MONUSCO", user);
        long before = lookups.count();

        assertThat(status("/engine-rest/task?maxResults=1", "first-" + user)).isEqualTo(200);

        assertThat(lookups.count() - before)
                .as("the new tenant added to what is remembered: no password check, no groups' or tenants' query")
                .isZero();
        assertThat(status("/api/operations/MONUSCO", "first-" + user)).isEqualTo(200);
    }

    @Test
    void aTenantMembershipTakenOnThisNodeHasTheTenantsReadAgainNotThePasswordOrTheGroups() {
        identityService.createTenantUserMembership("MONUSCO", user);
        assertThat(status("/api/operations/MONUSCO", "first-" + user)).isEqualTo(200);
        identityService.deleteTenantUserMembership("MONUSCO", user);
        long before = lookups.count();

        assertThat(status("/engine-rest/task?maxResults=1", "first-" + user)).isEqualTo(200);

        // the engine creates a tenant query in one command and runs it in another: the two of one query
        assertThat(lookups.count() - before)
                .as("the tenants' query only, no password check, no groups' query")
                .isEqualTo(2);
        assertThat(status("/api/operations/MONUSCO", "first-" + user)).isEqualTo(404);
    }

    @Test
    void aTenantTheCallersGroupJoinsOnThisNodeHoldsAtTheNextRequestWithoutALookUp() {
        String group = "cache-group-" + user;
        identityService.saveGroup(identityService.newGroup(group));
        identityService.createMembership(user, group);
        try {
            assertThat(status("/api/operations/MONUSCO", "first-" + user)).isEqualTo(404);
            identityService.createTenantGroupMembership("MONUSCO", group);
            long before = lookups.count();

            assertThat(status("/api/operations/MONUSCO", "first-" + user)).isEqualTo(200);

            assertThat(lookups.count() - before).isZero();
        } finally {
            identityService.deleteTenantGroupMembership("MONUSCO", group);
            identityService.deleteGroup(group);
        }
    }

    @Test
    void aTenantMembershipWhoseTransactionRollsBackIsNotTakenForGiven() {
        assertThat(status("/api/operations/MONUSCO", "first-" + user)).isEqualTo(404);

        new TransactionTemplate(transactions).executeWithoutResult(transaction -> {
            identityService.createTenantUserMembership("MONUSCO", user);
            transaction.setRollbackOnly();
        });

        assertThat(status("/api/operations/MONUSCO", "first-" + user)).isEqualTo(404);
    }

    @Test
    void aMembershipGivenByAnotherNodeHoldsOnceTheRememberedSignInExpires() {
        Instant now = Instant.now();
        ClockUtil.setCurrentTime(Date.from(now));
        assertThat(status(METRICS, "first-" + user)).isEqualTo(403);

        // another node writes the shared database; this node's engine sees no command
        jdbc.sql("insert into ACT_ID_MEMBERSHIP (USER_ID_, GROUP_ID_) values (:user, 'transition-managers')")
                .param("user", user)
                .update();

        assertThat(status(METRICS, "first-" + user)).isEqualTo(403);
        ClockUtil.setCurrentTime(Date.from(now.plus(security.authenticationCacheTtl())));
        assertThat(status(METRICS, "first-" + user)).isEqualTo(200);
    }

    @Test
    void aDeletedUserIsRefusedAtTheNextRequest() {
        assertThat(status("/api/operations", "first-" + user)).isEqualTo(200);

        identityService.deleteUser(user);

        assertThat(status("/api/operations", "first-" + user)).isEqualTo(401);
        assertThat(status("/engine-rest/task", "first-" + user)).isEqualTo(401);
    }

    private int status(String path, String password) {
        return send(path, password).status();
    }

    private RestClient.Response send(String path, String password) {
        String credentials =
                Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        return rest.send("GET", path, null, null, "Authorization", "Basic " + credentials);
    }
}
