package org.oversightportal.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.oversightportal.testsupport.Journey.act;
import static org.oversightportal.testsupport.Journey.audit;
import static org.oversightportal.testsupport.Journey.open;

import com.microsoft.playwright.Page;
import io.quarkus.test.junit.QuarkusTest;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.oversightportal.testsupport.Browser;

/**
 * A resident, without an account: browse, filter, search, read a technology, its agency and a
 * vendor, switch to Spanish, meet a missing page. Every page on the way passes axe-core and the
 * Nu HTML checker.
 */
@QuarkusTest
class ResidentJourneyTest extends BrowserJourney {

    @Test
    void residentBrowsesFiltersSearchesReadsAndSwitchesToSpanish() {
        Page page = browser.newPage();
        try {
            String html = open(page, portal.toString());
            audit(page, "Home", html);

            html = act(page, () -> page.click("text=Browse all technologies"));
            audit(page, "Inventory", html);
            assertThat(page.locator("#results-heading")).containsText("Technologies found");

            page.selectOption("#category", "face_recognition");
            page.selectOption("#nda", "signed_withheld");
            html = act(page, () -> page.click("text=Apply filters"));
            audit(page, "Inventory, filtered by category and NDA", html);
            assertThat(page).hasURL(Pattern.compile(".*category=face_recognition.*nda=signed_withheld.*"));
            assertThat(page.locator("table")).containsText("Face recognition search of booking photos");

            page.fill("#q", "booking photos");
            html = act(page, () -> page.press("#q", "Enter"));
            audit(page, "Inventory, text search", html);

            html = act(page, () -> page.click("text=Face recognition search of booking photos"));
            audit(page, "Technology page", html);
            assertThat(page.locator("h1")).hasText("Face recognition search of booking photos");
            assertThat(page.locator("main")).containsText("300,000");

            html = act(page, () -> page.click(".usa-breadcrumb >> text=Washington County Sheriff's Office"));
            audit(page, "Agency page", html);

            html = open(page, portal + "vendors/flock-safety");
            audit(page, "Vendor page (parent company)", html);
            assertThat(page.locator("main")).containsText("Lucidus Tech");

            html = open(page, portal + "vendors");
            audit(page, "Vendors", html);
            html = open(page, portal + "agencies");
            audit(page, "Agencies", html);

            html = act(page, () -> page.click("text=Español"));
            audit(page, "Agencies, in Spanish", html);
            assertThat(page.locator("html")).hasAttribute("lang", "es");
            html = open(page, portal + "technologies");
            audit(page, "Inventory, in Spanish (remembered)", html);
            assertThat(page.locator("h1")).hasText("Inventario de tecnologías");
            html = open(page, portal + "technologies/harbor-city-police-automated-license-plate-readers");
            audit(page, "Technology page, in Spanish", html);
            assertThat(page.locator("main")).containsText("de 2024");
            act(page, () -> page.click("text=English"));
            assertThat(page.locator("html")).hasAttribute("lang", "en");

            html = open(page, portal + "no-such-page");
            audit(page, "Page not found", html);
            assertThat(page.locator("h1")).hasText("Page not found");
        } catch (RuntimeException | AssertionError e) {
            Browser.screenshot(page, "resident-journey-failure");
            throw e;
        } finally {
            page.context().close();
        }
    }

    @Test
    void residentCommentsWithTheKeyboardOnlyAndChecksTheStatusByTrackingNumber() {
        Page page = browser.newPage();
        try {
            String html = open(page, portal + "comments/open");
            audit(page, "Open comment periods", html);
            html = act(page, () -> page.click("text=Real-time face recognition pilot"));
            html = act(page, () -> page.click("text=Comment on this technology"));
            audit(page, "Comment form", html);

            // An empty comment: the problem is named and linked
            org.oversightportal.testsupport.Journey.tabTo(page, "button[type=submit]");
            html = act(page, () -> page.keyboard().press("Enter"));
            audit(page, "Comment form with errors", html);
            assertThat(page.locator("#error-summary")).containsText("Your comment");

            org.oversightportal.testsupport.Journey.typeInto(page, "#f-body",
                    "Please publish how many real-time searches were run during the pilot.");
            org.oversightportal.testsupport.Journey.typeInto(page, "#f-displayName", "Orlando resident");
            page.waitForTimeout(3100); // nobody writes a comment faster than the form's minimum fill time
            org.oversightportal.testsupport.Journey.tabTo(page, "button[type=submit]");
            html = act(page, () -> page.keyboard().press("Enter"));
            audit(page, "Comment receipt", html);
            assertThat(page.locator("h1")).hasText("Your comment has been received");
            String tracking = page.locator(".font-mono-lg").textContent().strip();

            html = open(page, portal + "comments");
            audit(page, "Comment status lookup", html);
            page.fill("#tracking", tracking);
            html = act(page, () -> page.press("#tracking", "Enter"));
            audit(page, "Comment status", html);
            assertThat(page.locator("main")).containsText("Waiting for moderation");
        } catch (RuntimeException | AssertionError e) {
            Browser.screenshot(page, "resident-comment-failure");
            throw e;
        } finally {
            page.context().close();
        }
    }

    @Test
    void theSkipLinkIsTheFirstStopOfTheKeyboardAndLeadsToTheContent() {
        Page page = browser.newPage();
        try {
            page.navigate(portal + "technologies");
            page.keyboard().press("Tab");
            assertThat(page.locator(":focus")).hasText("Skip to main content");
            assertThat(page.locator(":focus")).isVisible();
            page.keyboard().press("Enter");
            assertThat(page).hasURL(Pattern.compile(".*#main-content"));
            assertThat(page.locator(":focus")).hasId("main-content");
        } finally {
            page.context().close();
        }
    }
}
