package org.oversightportal.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.oversightportal.testsupport.Browser;

/**
 * End to end, as a staff member: sign in on the real Keycloak login page, file a disclosure (fixing
 * the problems the portal points out), submit it, and find it in the public inventory.
 */
@QuarkusTest
class StaffFilingBrowserTest {

    static Browser browser;

    @TestHTTPResource("/")
    URL portal;

    @BeforeAll
    static void startBrowser() {
        browser = new Browser();
    }

    @AfterAll
    static void stopBrowser() {
        browser.close();
    }

    @Test
    void staffSignInFileSubmitAndSeeTheDisclosureInThePublicInventory() {
        Page page = browser.newPage();
        try {
            page.navigate(portal + "login");
            // The real Keycloak login page
            assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/realms/oversight/.*"));
            page.fill("#username", "staff-washington");
            page.fill("#password", "demo1234");
            page.click("#kc-login");
            assertThat(page).hasURL(portal + "staff");
            assertThat(page.locator("h1")).containsText("Washington County Sheriff's Office");

            page.click("text=Start a new disclosure");
            page.fill("#f-name", "Drone program (browser test)");
            page.click("button[value=submit]");
            // Problems are listed at the top, linked to their fields, and what was typed is kept
            assertThat(page.locator("#error-summary")).containsText("There is a problem");
            assertThat(page.locator("#f-name")).hasValue("Drone program (browser test)");
            assertThat(page.locator("#f-category-error")).isVisible();

            page.selectOption("#f-category", "drones_and_robots");
            page.fill("#f-description", "Quadcopters with cameras, flown by trained pilots.");
            page.fill("#f-purpose", "Search and rescue; scene documentation.");
            page.fill("#f-authorizedUses", "Search and rescue; documenting crash and crime scenes.");
            page.fill("#f-prohibitedUses", "Surveillance of protests; facial recognition.");
            page.fill("#f-dataTypes", "Video and still images.");
            page.fill("#f-retentionDays", "30");
            page.fill("#f-deletionPractice", "Deleted after 30 days unless evidence.");
            page.fill("#f-accessControls", "Licensed pilots; footage in the evidence system.");
            page.selectOption("#f-hostingType", "on_premises");
            page.fill("#f-costInitial", "25000");
            page.fill("#f-costAnnual", "4000");
            page.selectOption("#f-fundingSources-0-kind", "budget");
            page.selectOption("#f-ndaStatus", "none");
            page.fill("#f-civilLibertiesAssessment", "Flights over homes could capture private activity.");
            page.selectOption("#f-lifecycleStatus", "proposed");
            page.click("button[value=submit]");

            assertThat(page).hasURL(java.util.regex.Pattern.compile(
                    ".*/technologies/washington-county-sheriff-drone-program-browser-test\\?notice=submitted"));
            assertThat(page.locator("h1")).hasText("Drone program (browser test)");
            assertThat(page.locator("[role=status]")).containsText("now public");

            // Signing out ends the session at Keycloak too
            page.click("text=Sign out");
            assertThat(page.locator("a[href='/login']")).isVisible();
            page.navigate(portal + "staff");
            assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/realms/oversight/.*"));

            // A signed-out visitor finds it in the public inventory
            Page visitor = browser.newPage();
            visitor.navigate(portal + "technologies?q=drone+program&category=drones_and_robots");
            assertThat(visitor.locator("table")).containsText("Drone program (browser test)");
            assertThat(visitor.locator("table")).containsText("Washington County Sheriff's Office");
            visitor.context().close();
        } catch (RuntimeException | AssertionError e) {
            Browser.screenshot(page, "staff-filing-failure");
            throw e;
        } finally {
            page.context().close();
        }
    }
}
