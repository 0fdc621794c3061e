package org.peaceops.engine.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.peaceops.engine.hostile.HostileRequest.request;

import java.util.stream.Stream;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.peaceops.engine.EngineTest;
import org.peaceops.engine.notification.MailPreferences;
import org.springframework.beans.factory.annotation.Autowired;

/** One's own e-mail notifications: a yes or a no, nothing else, and nobody else's. */
@EngineTest
class NotificationRoutesHostileTest extends HostileApiTest {

    private static final String SETTINGS = "/api/me/notifications";

    @Autowired
    IdentityService identityService;

    static Stream<HostileRequest> settings() {
        return Stream.of(
                put().json("{\"email\": \"false\"}").because("no as text").refused(400, "/email"),
                put().json("{\"email\": 0}").because("no as a number").refused(400, "/email"),
                put().json("{\"mail\": false}").because("a misspelt setting").refused(400, "/email"),
                put().json("{\"email\": false, \"user\": \"analyst\"}")
                        .because("someone else's setting")
                        .refused(400, "/user"),
                put().json("[]").because("an array").refused(400, ""),
                put().json("\"off\"").because("a string").refused(400, ""),
                put().json("").because("no body").refused(400, ""),
                put().json("{").because("JSON cut short").refused(400, ""),
                put().withBody("{\"email\": false}")
                        .header("Content-Type", "text/plain")
                        .because("JSON sent as plain text")
                        .refused(415, ""),
                put().anonymous()
                        .json("{\"email\": false}")
                        .because("no credentials")
                        .refused(401, ""),
                request("POST", SETTINGS)
                        .json("{\"email\": false}")
                        .because("POST")
                        .refused(405, ""),
                request("DELETE", SETTINGS).because("deletes the settings").refused(405, ""));
    }

    static HostileRequest put() {
        return request("PUT", SETTINGS);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("settings")
    void aSettingThatIsNotAYesOrANoIsRefusedAndChangesNothing(HostileRequest request) {
        assertRefused(request);
        assertThat(identityService.getUserInfo("hq-planner", MailPreferences.KEY))
                .as("hq-planner's setting")
                .isNull();
    }

    @AfterEach
    void nothingChosen() {
        identityService.deleteUserInfo("hq-planner", MailPreferences.KEY);
    }
}
