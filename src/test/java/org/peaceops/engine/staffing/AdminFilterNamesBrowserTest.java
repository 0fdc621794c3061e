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
    static final String UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

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

        // every filter on the page is named, whichever page of authorizations it is
        chromium.waiting()
                .until(driver ->
                        !filterIds().isEmpty() && names().size() == filterIds().size());
        assertThat(names())
                .allSatisfy(name -> assertThat(name).doesNotMatch(UUID).isNotBlank());
        assertThat(names()).contains("My tasks");
        assertThat(names()).anySatisfy(name -> assertThat(name).startsWith("Operation"));
    }

    private List<String> names() {
        return chromium.browser().findElements(FILTER_NAMES).stream()
                .map(WebElement::getText)
                .toList();
    }

    private List<WebElement> filterIds() {
        return chromium.browser().findElements(By.cssSelector("td.resource-id")).stream()
                .filter(cell ->
                        cell.getText().lines().findFirst().orElse("").trim().matches(UUID))
                .toList();
    }
}
