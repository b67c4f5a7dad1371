package org.oversightportal.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.oversightportal.testsupport.Journey.act;
import static org.oversightportal.testsupport.Journey.audit;
import static org.oversightportal.testsupport.Journey.open;

import com.microsoft.playwright.Page;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.oversightportal.opendata.BulkDownloads;
import org.oversightportal.subscriptions.Subscription;

/**
 * A resident reads the overview's charts and the data dictionary with the bulk archive, and follows an
 * agency by email: every page audited with axe and Nu.
 */
@QuarkusTest
class OpenDataJourneyTest extends BrowserJourney {

    @Inject
    BulkDownloads bulk;

    @Test
    void residentReadsTheChartsAndTheDataDictionary() {
        bulk.buildNow("test");
        Page page = browser.newPage();
        try {
            audit(page, "Overview charts", open(page, portal + "overview"));
            String data = open(page, portal + "data");
            assertThat(data).contains("Download the full archive (ZIP, ");
            audit(page, "Data dictionary with the bulk archive", data);
            audit(page, "Overview charts (Spanish)", open(page, portal + "overview?lang=es"));
            audit(page, "Data dictionary (Spanish)", open(page, portal + "data?lang=es"));
        } finally {
            page.close();
        }
    }

    @Test
    void residentFollowsAnAgencyByEmailThenUnsubscribes() {
        Page page = browser.newPage();
        try {
            open(page, portal + "agencies/orlando-police");
            String html = act(page, () -> page.click("text=Get emails about this agency"));
            assertThat(html).contains("Only about: Orlando Police Department");
            audit(page, "Subscribe form", html);
            page.click("label[for=frequency-weekly]");
            html = act(page, () -> page.click("button:has-text('Subscribe')"));
            assertThat(page.locator("#error-summary").textContent()).contains("Email address");
            assertThat(page.isChecked("#frequency-weekly")).as("choices kept").isTrue();
            audit(page, "Subscribe form with an error", html);
            page.fill("#f-email", "journey-follower@example.org");
            html = act(page, () -> page.click("button:has-text('Subscribe')"));
            assertThat(html).contains("Check your email");
            audit(page, "Subscription requested", html);

            Subscription requested = QuarkusTransaction.requiringNew().call(() -> Subscription
                    .<Subscription>find("email", "journey-follower@example.org").firstResult());
            html = open(page, portal + "subscriptions/confirm/" + requested.token);
            audit(page, "Confirm subscription", html);
            html = act(page, () -> page.click("button:has-text('Confirm subscription')"));
            assertThat(html).contains("You are subscribed");
            audit(page, "Subscription confirmed", html);
            html = open(page, portal + "subscriptions/unsubscribe/" + requested.unsubscribeToken);
            assertThat(html).contains("Stop these emails?");
            audit(page, "Unsubscribe, with its button", html);
            html = act(page, () -> page.click("main button:has-text('Unsubscribe')"));
            assertThat(html).contains("You are unsubscribed");
            audit(page, "Unsubscribed, with a link to subscribe again", html);
            audit(page, "Subscribe form (Spanish)", open(page, portal + "subscriptions/new?lang=es"));
        } finally {
            page.close();
        }
    }
}
