package org.oversightportal.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.oversightportal.testsupport.Journey.act;
import static org.oversightportal.testsupport.Journey.audit;
import static org.oversightportal.testsupport.Journey.open;
import static org.oversightportal.testsupport.Journey.signIn;
import static org.oversightportal.testsupport.Journey.tabTo;
import static org.oversightportal.testsupport.Journey.typeInto;

import com.microsoft.playwright.Page;
import io.quarkus.test.junit.QuarkusTest;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.oversightportal.agencies.Agency;
import org.oversightportal.testsupport.Browser;
import org.oversightportal.testsupport.Fixtures;

/**
 * Agency staff, end to end through the real Keycloak login: save a draft, meet the field errors,
 * complete the disclosure with the keyboard only, submit it, find it in the public inventory, and
 * be refused another agency's draft. Every page is audited (axe-core, Nu checker).
 */
@QuarkusTest
class StaffJourneyTest extends BrowserJourney {

    @Test
    void staffSaveFixSubmitWithTheKeyboardAndSeeTheDisclosureInThePublicInventory() {
        Page page = browser.newPage();
        try {
            String html = signIn(page, portal.toString(), "staff-washington");
            assertThat(page).hasURL(portal + "staff");
            audit(page, "Staff workspace", html);
            assertThat(page.locator("h1")).containsText("Washington County Sheriff's Office");

            html = act(page, () -> page.click("text=Start a new disclosure"));
            audit(page, "New disclosure form", html);

            page.fill("#f-name", "Drone program (browser test)");
            html = act(page, () -> page.click("button[value=save] >> nth=0"));
            audit(page, "Draft saved", html);
            assertThat(page.locator("[role=status]")).containsText("Your draft has been saved");
            assertThat(page.locator("#f-name")).hasValue("Drone program (browser test)");

            html = act(page, () -> page.click("button[value=submit]"));
            audit(page, "Disclosure form with errors", html);
            assertThat(page.locator("#error-summary")).containsText("There is a problem");
            assertThat(page.locator("#error-summary")).containsText("Category: Choose one of the options offered.");
            assertThat(page.locator("#f-name")).hasValue("Drone program (browser test)");
            // The summary takes the focus, and its links lead to the fields
            assertThat(page.locator(":focus")).hasId("error-summary");

            // From here on, only the keyboard
            typeInto(page, "#f-category", "Drones");
            typeInto(page, "#f-description", "Quadcopters with cameras, flown by trained pilots.");
            typeInto(page, "#f-purpose", "Search and rescue; scene documentation.");
            typeInto(page, "#f-authorizedUses", "Search and rescue; documenting crash and crime scenes.");
            typeInto(page, "#f-prohibitedUses", "Surveillance of protests; facial recognition.");
            typeInto(page, "#f-dataTypes", "Video and still images.");
            typeInto(page, "#f-retentionDays", "30");
            typeInto(page, "#f-deletionPractice", "Deleted after 30 days unless evidence.");
            typeInto(page, "#f-accessControls", "Licensed pilots; footage in the evidence system.");
            typeInto(page, "#f-hostingType", "On");
            typeInto(page, "#f-costInitial", "25000");
            typeInto(page, "#f-costAnnual", "4000");
            typeInto(page, "#f-fundingSources-0-kind", "Agency");
            typeInto(page, "#f-ndaStatus", "No");
            typeInto(page, "#f-civilLibertiesAssessment", "Flights over homes could capture private activity.");
            typeInto(page, "#f-lifecycleStatus", "Pro");
            tabTo(page, "button[value=submit]");
            html = act(page, () -> page.keyboard().press("Enter"));

            assertThat(page).hasURL(Pattern.compile(
                    ".*/technologies/washington-county-sheriff-drone-program-browser-test\\?notice=submitted"));
            audit(page, "Submitted disclosure", html);
            assertThat(page.locator("h1")).hasText("Drone program (browser test)");
            assertThat(page.locator("[role=status]")).containsText("now public");
            assertThat(page.locator("main")).containsText("Drones and robots");

            html = act(page, () -> page.click("text=Revise this disclosure"));
            audit(page, "Revision draft", html);
            assertThat(page.locator("#f-retentionDays")).hasValue("30");

            page.click("text=Sign out");
            assertThat(page.locator("a[href='/login']")).isVisible();

            Page visitor = browser.newPage();
            visitor.navigate(portal + "technologies?q=drone+program&category=drones_and_robots");
            assertThat(visitor.locator("table")).containsText("Drone program (browser test)");
            visitor.context().close();
        } catch (RuntimeException | AssertionError e) {
            Browser.screenshot(page, "staff-journey-failure");
            throw e;
        } finally {
            page.context().close();
        }
    }

    @Test
    void staffAreRefusedAnotherAgencysDraft() {
        long orlandoDraft = Fixtures.draft("orlando-police", "Orlando draft for the refusal journey", "staff-orlando");
        Page page = browser.newPage();
        try {
            signIn(page, portal.toString(), "staff-washington");
            String html = open(page, portal + "staff/drafts/" + orlandoDraft);
            audit(page, "Another agency's draft (refused)", html);
            assertThat(page.locator("h1")).hasText("Not allowed");
            assertThat(page.locator("main")).not().containsText("Orlando draft for the refusal journey");
        } finally {
            page.context().close();
        }
    }
}
