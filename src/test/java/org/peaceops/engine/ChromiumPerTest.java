package org.peaceops.engine;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A browser for each test: opened before it, its page captured when it fails (before the browser
 * closes, so the failing page is still there), closed after it. Register it with
 * {@code @RegisterExtension final ChromiumPerTest session = new ChromiumPerTest();}.
 */
public final class ChromiumPerTest implements BeforeEachCallback, AfterTestExecutionCallback, AfterEachCallback {

    private Chromium chromium;

    public Chromium chromium() {
        return chromium;
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        chromium = Chromium.open();
    }

    @Override
    public void afterTestExecution(ExtensionContext context) throws Exception {
        if (context.getExecutionException().isPresent() && chromium != null) {
            chromium.screenshot(context.getRequiredTestMethod().getName());
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        if (chromium != null) {
            chromium.close();
            chromium = null;
        }
    }
}
