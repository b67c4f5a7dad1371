package org.oversightportal.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.oversightportal.testsupport.Journey.act;
import static org.oversightportal.testsupport.Journey.audit;
import static org.oversightportal.testsupport.Journey.signIn;

import com.microsoft.playwright.Page;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.oversightportal.comments.CommentPeriod;
import org.oversightportal.comments.PublicComment;
import org.oversightportal.inventory.Disclosure;
import org.oversightportal.testsupport.Browser;

/** A moderator works the queue: publishes a comment, then removes it with a reason. Pages audited. */
@QuarkusTest
class ModeratorJourneyTest extends BrowserJourney {

    @Test
    void moderatorPublishesThenRemovesAComment() {
        String tracking = QuarkusTransaction.requiringNew().call(() -> {
            Disclosure d = Disclosure.findBySlug("harbor-county-schools-ai-weapons-detection-on-school-cameras")
                    .orElseThrow();
            PublicComment c = new PublicComment();
            c.period = CommentPeriod.latestFor(d).orElseThrow();
            c.trackingNumber = org.oversightportal.comments.CommentService.newTrackingNumber();
            c.body = "Which cameras in which schools will run the detection?";
            c.displayName = "Parent at Harbor Middle";
            c.submittedAt = Instant.now();
            c.persist();
            return c.trackingNumber;
        });
        Page page = browser.newPage();
        try {
            String html = signIn(page, portal.toString(), "moderator");
            assertThat(page).hasURL(portal + "moderation");
            audit(page, "Moderation queue", html);

            page.click("label[for=select-" + tracking + "]");
            assertThat(page.locator("#select-" + tracking)).isChecked();
            html = act(page, () -> page.click("button[value=publish]"));
            audit(page, "Moderation queue after publishing", html);
            assertThat(page.locator("[role=status]")).containsText("Done");

            html = org.oversightportal.testsupport.Journey.open(page,
                    portal + "technologies/harbor-county-schools-ai-weapons-detection-on-school-cameras");
            audit(page, "Technology page with a published comment (moderator view)", html);
            assertThat(page.locator("#comments ~ ol")).containsText("Which cameras in which schools");

            page.selectOption("#reason-" + tracking, "personal_information");
            html = act(page, () -> page.click("form:has(#reason-" + tracking + ") button[value=hide]"));
            page.navigate(portal + "technologies/harbor-county-schools-ai-weapons-detection-on-school-cameras");
            assertThat(page.locator("main")).containsText("Removed by the moderator on");
            assertThat(page.locator("main")).not().containsText("Which cameras in which schools");
        } catch (RuntimeException | AssertionError e) {
            Browser.screenshot(page, "moderator-journey-failure");
            throw e;
        } finally {
            page.context().close();
        }
    }
}
