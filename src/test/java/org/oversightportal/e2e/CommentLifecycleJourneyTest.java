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
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.oversightportal.comments.CommentStatus;
import org.oversightportal.testsupport.Browser;
import org.oversightportal.testsupport.CommentFixtures;
import org.oversightportal.testsupport.Identities;

/**
 * A comment's whole life in three browsers at once: a resident comments with the keyboard only and
 * gets a tracking number; a moderator publishes it from the queue, also with the keyboard; the
 * resident sees it on the public page and reports another comment; agency staff answer it; the
 * moderator extends the period. Every page on the way is audited (axe-core and the Nu checker).
 */
@QuarkusTest
class CommentLifecycleJourneyTest extends BrowserJourney {

    @Test
    void residentCommentsModeratorPublishesResidentSeesItAndStaffAnswer() {
        CommentFixtures.Period period = CommentFixtures.openPeriod(Identities.ORLANDO, "Gunshot sensors downtown");
        String other = CommentFixtures.comment(period.id(), "Put the sensors in my neighbourhood too.",
                CommentStatus.PUBLISHED);
        CommentFixtures.copies(period.id(), "No sensors without an independent audit.", 12, CommentStatus.PUBLISHED);
        String technology = portal + "technologies/" + period.slug();
        Page resident = browser.newPage();
        Page moderator = browser.newPage();
        Page staff = browser.newPage();
        try {
            // The resident, keyboard only: from the technology page to the receipt.
            String html = open(resident, technology);
            audit(resident, "Technology page with a comment thread and a campaign", html);
            assertThat(resident.locator("main")).containsText("Submitted by 12 people");
            tabTo(resident, "a[href$='/comment']");
            html = act(resident, () -> resident.keyboard().press("Enter"));
            typeInto(resident, "#f-body", "Who reviews the alerts before officers are sent?");
            // USWDS counts what is left as the resident types, and says it to screen readers.
            assertThat(resident.locator(".usa-character-count__status")).containsText("characters left");
            typeInto(resident, "#f-displayName", "Downtown resident");
            resident.waitForTimeout(3100); // nobody writes a comment faster than the form's minimum fill time
            tabTo(resident, "button[type=submit]");
            html = act(resident, () -> resident.keyboard().press("Enter"));
            assertThat(resident.locator("h1")).hasText("Your comment has been received");
            String tracking = resident.locator(".font-mono-lg").textContent().strip();

            // The moderator publishes it from the queue, keyboard only.
            html = signIn(moderator, portal.toString(), "moderator");
            audit(moderator, "Moderation queue with a resident's comment", html);
            tabTo(moderator, "#select-" + tracking);
            moderator.keyboard().press("Space");
            assertThat(moderator.locator("#select-" + tracking)).isChecked();
            tabTo(moderator, "button[value=publish]");
            html = act(moderator, () -> moderator.keyboard().press("Enter"));
            assertThat(moderator.locator("[role=status]")).containsText("Done");

            // The resident sees it on the public page.
            html = open(resident, technology);
            assertThat(resident.locator("#c-" + tracking)).containsText("Who reviews the alerts");

            // ...and reports another comment, keyboard only.
            tabTo(resident, "a[href='/comments/" + other + "/flag']");
            html = act(resident, () -> resident.keyboard().press("Enter"));
            audit(resident, "Report a comment", html);
            tabTo(resident, "button[type=submit]");
            html = act(resident, () -> resident.keyboard().press("Enter"));
            audit(resident, "Report a comment, no reason chosen", html);
            // A radio group is one stop of the Tab key; the arrow keys choose within it.
            tabTo(resident, "input[name=reason]");
            resident.keyboard().press("ArrowDown");
            assertThat(resident.locator("#reason-off_topic")).isChecked();
            tabTo(resident, "button[type=submit]");
            html = act(resident, () -> resident.keyboard().press("Enter"));
            audit(resident, "Report received", html);
            assertThat(resident.locator("main")).containsText("Thank you for your report");

            // Agency staff read the comments and answer the resident.
            html = signIn(staff, portal.toString(), "staff-orlando");
            audit(staff, "Staff dashboard with comments waiting", html);
            html = open(staff, portal + "staff/comments");
            audit(staff, "Staff: comment periods", html);
            html = act(staff, () -> staff.click("text=Gunshot sensors downtown"));
            audit(staff, "Staff: comments of one period", html);
            staff.fill("#answer-" + tracking, "A dispatcher reviews every alert within a minute.");
            html = act(staff, () -> staff.click("form:has(#answer-" + tracking + ") button[type=submit]"));
            html = open(resident, technology);
            assertThat(resident.locator("#c-" + tracking)).containsText("Answer from Orlando Police Department");

            // The moderator extends the period; a missing reason is named first.
            html = open(moderator, portal + "moderation/periods/" + period.id());
            audit(moderator, "Change a comment period", html);
            moderator.fill("#f-closesOn", LocalDate.now().plusDays(60).toString());
            html = act(moderator, () -> moderator.click("main button[type=submit]"));
            audit(moderator, "Change a comment period, with errors", html);
            assertThat(moderator.locator("#error-summary")).containsText("Reason for the change");
            moderator.fill("#f-note", "Extended: the public meeting moved to February.");
            html = act(moderator, () -> moderator.click("main button[type=submit]"));
            assertThat(moderator.locator("main")).containsText("Extended: the public meeting moved to February.");
        } catch (RuntimeException | AssertionError e) {
            Browser.screenshot(resident, "comment-lifecycle-resident");
            Browser.screenshot(moderator, "comment-lifecycle-moderator");
            Browser.screenshot(staff, "comment-lifecycle-staff");
            throw e;
        } finally {
            resident.context().close();
            moderator.context().close();
            staff.context().close();
        }
    }
}
