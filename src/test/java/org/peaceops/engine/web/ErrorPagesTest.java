package org.peaceops.engine.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.peaceops.engine.EngineTest;
import org.peaceops.engine.RestClient;
import org.peaceops.engine.WebappSession;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A person whose browser opens a page that cannot be shown reads why, and where to go, not a stack of codes. */
@EngineTest
class ErrorPagesTest {

    @LocalServerPort
    int port;

    @Test
    void aStaffMemberOpeningCockpitReadsThatTheAccountDoesNotGiveAccess() {
        var tasklist = WebappSession.signIn(port, "monusco-host");

        var cockpit = tasklist.page("/camunda/app/cockpit/default/");

        assertThat(cockpit.status()).isEqualTo(403);
        assertThat(cockpit.body())
                .contains("You may not open this page", "/camunda/app/tasklist/default/")
                .doesNotContain("Whitelabel", "\"errors\"");
    }

    @Test
    void aStaffMemberOpeningCockpitOrAdminReadsWhyAndIsTakenOnToTasklist() {
        var tasklist = WebappSession.signIn(port, "transition-officer");

        for (String page : new String[] {"/camunda/app/cockpit/default/", "/camunda/app/admin/default/"}) {
            var refused = tasklist.page(page);

            assertThat(refused.status()).as(page).isEqualTo(403);
            assertThat(refused.body())
                    .as(page)
                    .contains("Your account works in Tasklist, which opens in a few seconds.")
                    .contains("<meta http-equiv=\"refresh\" content=\"6;url=/camunda/app/tasklist/default/\">")
                    .doesNotContain("Whitelabel");
        }
    }

    @Test
    void aPageThatDoesNotExistSaysSoInWords() {
        var page = new RestClient(port).send("GET", "/no-such-page", null, null, "Accept", "text/html");

        assertThat(page.status()).isEqualTo(404);
        assertThat(page.body()).contains("This page does not exist");
    }

    @Test
    void theErrorPageOpenedInABrowserIsA404InWords() {
        var page = new RestClient(port).send("GET", "/error", null, null, "Accept", "text/html");

        assertThat(page.status()).isEqualTo(404);
        assertThat(page.body()).contains("This page does not exist");
    }

    @Test
    void theApisKeepTheirEnvelopeWhateverTheBrowserAsksFor() {
        var api = new RestClient(port).send("GET", "/api/no-such-route", "hq-planner", null, "Accept", "text/html");

        assertThat(api.status()).isIn(404, 406);
        assertThat(api.body()).startsWith("{\"errors\":");
    }
}
