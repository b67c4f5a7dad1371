package org.oversightportal.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.oversightportal.testsupport.Journey.act;
import static org.oversightportal.testsupport.Journey.audit;
import static org.oversightportal.testsupport.Journey.open;
import static org.oversightportal.testsupport.Journey.signIn;

import com.microsoft.playwright.Page;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.oversightportal.testsupport.Browser;

/** An admin adds an agency (after fixing the form) and a vendor owned by another; both are public. */
@QuarkusTest
class AdminJourneyTest extends BrowserJourney {

    @Test
    void adminAddsAnAgencyAndAVendor() {
        Page page = browser.newPage();
        try {
            String html = signIn(page, portal.toString(), "admin");
            assertThat(page).hasURL(portal + "admin/agencies");
            audit(page, "Admin: agencies", html);

            html = act(page, () -> page.click("text=Add an agency"));
            audit(page, "Admin: new agency form", html);
            page.fill("#f-name", "Bayside Transit District");
            html = act(page, () -> page.click("main button[type=submit]"));
            audit(page, "Admin: new agency form with errors", html);
            assertThat(page.locator("#error-summary")).containsText("Kind of agency");
            assertThat(page.locator("#f-name")).hasValue("Bayside Transit District");
            page.selectOption("#f-kind", "transit");
            page.fill("#f-jurisdiction", "Bayside County");
            html = act(page, () -> page.click("main button[type=submit]"));
            audit(page, "Admin: agency saved", html);
            assertThat(page.locator("table")).containsText("Bayside Transit District");

            html = open(page, portal + "admin/vendors");
            audit(page, "Admin: vendors", html);
            html = act(page, () -> page.click("text=Add a vendor"));
            audit(page, "Admin: new vendor form", html);
            page.fill("#f-name", "Harborview Sensors");
            page.selectOption("#f-parent", "flock-safety");
            html = act(page, () -> page.click("main button[type=submit]"));
            audit(page, "Admin: vendor saved", html);

            html = open(page, portal + "vendors/flock-safety");
            assertThat(page.locator("main")).containsText("Harborview Sensors");
            html = open(page, portal + "agencies/bayside-transit-district");
            audit(page, "New agency's public page", html);
            assertThat(page.locator("h1")).hasText("Bayside Transit District");
        } catch (RuntimeException | AssertionError e) {
            Browser.screenshot(page, "admin-journey-failure");
            throw e;
        } finally {
            page.context().close();
        }
    }
}
