package org.oversightportal.e2e;

import io.quarkus.test.common.http.TestHTTPResource;
import java.net.URL;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.oversightportal.testsupport.Browser;

/** What every browser journey shares: one Chromium per test class, and the portal's address. */
@Tag("browser")
@Tag("accessibility")
abstract class BrowserJourney {

    static Browser browser;

    @TestHTTPResource("/")
    URL portal;

    @BeforeAll
    static void startBrowser() {
        browser = new Browser();
    }

    @AfterAll
    static void stopBrowser() {
        // Null when the class never started (the application failed to boot): report that, not this.
        if (browser != null) {
            browser.close();
            browser = null;
        }
    }
}
