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
import org.oversightportal.testsupport.CommentFixtures;
import org.oversightportal.testsupport.Identities;

/**
 * The oversight board records a decision (a first attempt with errors, then a complete one); the public
 * reads it, the compliance dashboard, a redline and an annual report; the agency's staff open the annual
 * report the decision made due and the exigent-use log. Every page is audited.
 */
@QuarkusTest
class BoardJourneyTest extends BrowserJourney {

    static final String HARBOR_ALPR = "technologies/harbor-city-police-automated-license-plate-readers";

    @Test
    void boardRecordsADecisionAndThePublicAndTheAgencySeeWhatFollows() {
        CommentFixtures.Period p = CommentFixtures.closedPeriod(Identities.ORLANDO, "Board journey technology");
        Page board = browser.newPage();
        Page resident = browser.newPage();
        Page staff = browser.newPage();
        try {
            String html = signIn(board, portal.toString(), "board");
            assertThat(board).hasURL(portal + "board");
            audit(board, "Board review queue", html);
            html = act(board, () -> board.click("a[href='/board/disclosures/" + p.slug() + "']"));
            audit(board, "Board decision form", html);
            html = act(board, () -> board.click("main button[type=submit]"));
            audit(board, "Board decision form with errors", html);
            assertThat(board.locator("#error-summary")).containsText("Date of the hearing");

            board.fill("#f-hearingDate", "2025-01-14");
            board.fill("#f-hearingPlace", "City Hall, Council Chambers");
            board.selectOption("#f-decision", "approve_with_conditions");
            board.fill("#f-conditions", "No use at protests.\nQuarterly audit of every alert.");
            board.fill("#f-votesFor", "5");
            board.fill("#f-votesAgainst", "2");
            board.fill("#f-legislation", "Resolution 2025-007");
            board.fill("#f-rationale", "Approved for a pilot, with the limits residents asked for.");
            html = act(board, () -> board.click("main button[type=submit]"));
            audit(board, "Technology page with a board decision", html);
            assertThat(board.locator("#decisions ~ ol").first()).containsText("Quarterly audit of every alert.");

            html = open(board, portal + "board/extensions/harbor-city-police-automated-license-plate-readers/2025");
            audit(board, "Extension form", html);

            html = open(resident, portal + "decisions");
            audit(resident, "Decisions", html);
            assertThat(resident.locator("main")).containsText("Board journey technology");
            html = open(resident, portal + "compliance");
            audit(resident, "Compliance dashboard", html);
            html = act(resident, () -> resident.click(".usa-card a[href='/compliance/overdue']"));
            audit(resident, "Compliance list: reports overdue", html);
            html = open(resident, portal + HARBOR_ALPR + "/changes");
            audit(resident, "Redline between two revisions", html);
            assertThat(resident.locator("table.portal-redline")).isVisible();
            html = open(resident, portal + HARBOR_ALPR + "/reports/2024");
            audit(resident, "Annual use report", html);
            html = open(resident, portal + HARBOR_ALPR);
            audit(resident, "Technology page with reports and decisions", html);

            html = signIn(staff, portal.toString(), "staff-orlando");
            html = open(staff, portal + "staff/reports");
            audit(staff, "Staff: annual reports owed", html);
            html = act(staff, () -> staff.click("a[href='/staff/reports/" + p.slug() + "/2025']"));
            audit(staff, "Staff: annual report form", html);
            html = act(staff, () -> staff.click("button[value=submit]"));
            audit(staff, "Staff: annual report form with errors", html);
            assertThat(staff.locator("#error-summary")).containsText("How the technology was used");
            html = open(staff, portal + "staff/exigent-uses");
            audit(staff, "Staff: exigent uses", html);
            html = act(staff, () -> staff.click("button:has-text('Record the use')"));
            audit(staff, "Staff: exigent uses with errors", html);
        } catch (RuntimeException | AssertionError e) {
            Browser.screenshot(board, "board-journey-board");
            Browser.screenshot(resident, "board-journey-resident");
            Browser.screenshot(staff, "board-journey-staff");
            throw e;
        } finally {
            board.context().close();
            resident.context().close();
            staff.context().close();
        }
    }
}
