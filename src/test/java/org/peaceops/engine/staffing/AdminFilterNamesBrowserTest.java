package org.peaceops.engine.staffing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.peaceops.engine.Chromium;
import org.peaceops.engine.EngineTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Admin's filter authorizations, as the administrator sees them in a headless Chromium: each filter
 * the project grants is named beside its id, the operations' filters among them.
 */
@EngineTest
class AdminFilterNamesBrowserTest {

    static final By FILTER_NAMES = By.cssSelector("td.resource-id .transition-filter-name");

    @LocalServerPort
    int port;

    Chromium chromium;

    @BeforeEach
    void openABrowser() {
        chromium = Chromium.open();
    }

    @AfterEach
    void closeTheBrowser() {
        if (chromium != null) {
            chromium.close();
        }
    }

    @Test
    void theFilterAuthorizationsNameEachFilterBesideItsId() {
        String admin = "http://localhost:" + port + "/camunda/app/admin/default/";
        chromium.signIn(admin, "demo");
        chromium.waiting()
                .until(ExpectedConditions.visibilityOfElementLocated(
                        By.cssSelector("[cam-widget-header] .brand-name")));

        chromium.browser().get(admin + "#/authorization?resource=5");

        chromium.waiting()
                .until(driver -> names().contains("Operation MONUSCO") && names().contains("Operations in transition"));
        assertThat(names()).contains("Operation TRAINEX", "My tasks");
    }

    private List<String> names() {
        return chromium.browser().findElements(FILTER_NAMES).stream()
                .map(WebElement::getText)
                .toList();
    }
}
