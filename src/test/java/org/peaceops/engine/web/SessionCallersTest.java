package org.peaceops.engine.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peaceops.engine.EngineTest;
import org.peaceops.engine.WebappSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Someone signed in to the webapps uses /api and /actuator with their rights as the engine has them
 * now, not as the session recorded them at sign-in: a membership withdrawn holds at the next request.
 */
@EngineTest
class SessionCallersTest {

    @LocalServerPort
    int port;

    @Autowired
    IdentityService identityService;

    String user;

    @BeforeEach
    void aManagerInTheTrainingExercise() {
        user = "session-" + UUID.randomUUID().toString().substring(0, 8);
        var created = identityService.newUser(user);
        created.setPassword(user);
        identityService.saveUser(created);
        identityService.createMembership(user, "transition-managers");
        identityService.createTenantUserMembership("TRAINEX", user);
    }

    @AfterEach
    void removeTheUser() {
        identityService.deleteUser(user);
    }

    @Test
    void aGroupWithdrawnFromASignedInUserHoldsAtTheNextRequest() {
        var session = WebappSession.tryToSignIn(port, user, "cockpit");
        assertThat(session).isNotNull();
        assertThat(session.get("/actuator/prometheus").status()).isEqualTo(200);

        identityService.deleteMembership(user, "transition-managers");

        assertThat(session.get("/actuator/prometheus").status()).isEqualTo(403);
    }

    @Test
    void anOperationWithdrawnFromASignedInUserIsGoneAtTheNextRequest() {
        var session = WebappSession.tryToSignIn(port, user, "cockpit");
        // the managers' group belongs to every operation: left, the user reaches TRAINEX on their own
        identityService.deleteMembership(user, "transition-managers");
        assertThat(session.get("/api/operations/TRAINEX").status()).isEqualTo(200);

        identityService.deleteTenantUserMembership("TRAINEX", user);

        assertThat(session.get("/api/operations/TRAINEX").status()).isEqualTo(404);
    }

    @Test
    void aDeletedUserIsSignedOutOfTheApi() {
        var session = WebappSession.tryToSignIn(port, user, "cockpit");
        assertThat(session.get("/api/operations").status()).isEqualTo(200);

        identityService.deleteUser(user);

        assertThat(session.get("/api/operations").status()).isEqualTo(401);
    }
}
