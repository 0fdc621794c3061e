package org.peaceops.engine.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.peaceops.engine.EngineTest;
import org.peaceops.engine.RestClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * {@code /api/me/notifications}: each signed-in person turns their own e-mail off and on; the choice
 * is the engine's user info {@code transition.mail}, read as each mail is sent.
 */
@EngineTest
class NotificationSettingsTest {

    static final String PATH = "/api/me/notifications";

    @LocalServerPort
    int port;

    @Autowired
    IdentityService identityService;

    RestClient rest;

    @BeforeEach
    void client() {
        rest = new RestClient(port);
    }

    @AfterEach
    void mailOnAgain() {
        identityService.deleteUserInfo("analyst", MailPreferences.KEY);
    }

    @Test
    void someoneTurnsTheirOwnMailOffAndOnAndNobodyElses() {
        assertThat(rest.get(PATH, "analyst").json().path("email").asBoolean(false))
                .as("on unless turned off")
                .isTrue();

        var off = rest.put(PATH, "analyst", Map.of("email", false));

        assertThat(off.status()).isEqualTo(200);
        assertThat(off.json().path("email").asBoolean(true)).isFalse();
        assertThat(identityService.getUserInfo("analyst", MailPreferences.KEY)).isEqualTo("off");
        assertThat(rest.get(PATH, "analyst").json().path("email").asBoolean(true))
                .isFalse();
        assertThat(rest.get(PATH, "poc-officer").json().path("email").asBoolean(false))
                .isTrue();

        assertThat(rest.put(PATH, "analyst", Map.of("email", true))
                        .json()
                        .path("email")
                        .asBoolean(false))
                .isTrue();
        assertThat(identityService.getUserInfo("analyst", MailPreferences.KEY)).isEqualTo("on");
    }

    @ParameterizedTest(name = "{0} is refused at ''{1}''")
    @CsvSource(
            delimiter = '|',
            value = {
                "{\"email\": \"no\"}|/email",
                "{}|/email",
                "[false]|''",
                "{\"email\": null}|/email",
                "{\"email\": false, \"phone\": true}|/phone"
            })
    void aSettingThatIsNotYesOrNoIsRefusedAndNothingChanges(String body, String path) {
        var refused = rest.putRaw(PATH, "analyst", body);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().path("errors").get(0).path("path").asText()).isEqualTo(path);
        assertThat(identityService.getUserInfo("analyst", MailPreferences.KEY)).isNull();
    }

    @Test
    void anonymousCallersHaveNoSettings() {
        assertThat(rest.get(PATH, null).status()).isEqualTo(401);
        assertThat(rest.putRaw(PATH, null, "{\"email\": false}").status()).isEqualTo(401);
    }
}
