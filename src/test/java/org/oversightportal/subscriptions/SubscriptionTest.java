package org.oversightportal.subscriptions;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.oversightportal.common.AuditEntry;
import org.oversightportal.mail.OutboxSender;
import org.oversightportal.testsupport.CommentFixtures;
import org.oversightportal.testsupport.FormSession;
import org.oversightportal.testsupport.Identities;

/**
 * Email subscriptions end to end through the outbox and the mock mailer: nothing is sent before the
 * address confirms; then each new entry of the topic is emailed once (or gathered in a weekly digest),
 * every email has an unsubscribe link (a page with one button) and a List-Unsubscribe header for the mail
 * client's one-click POST, and unsubscribing stops the emails.
 */
@QuarkusTest
class SubscriptionTest {

    private static final Pattern LINK = Pattern.compile("http://localhost:8080(/subscriptions/(confirm|unsubscribe)/[A-Za-z0-9_-]+)");

    @Inject
    SubscriptionService subscriptions;

    @Inject
    OutboxSender sender;

    @Inject
    MockMailbox mailbox;

    @BeforeEach
    void drain() {
        subscriptions.deliver();
        sender.sendDue();
        mailbox.clear();
    }

    static String subscribe(String email, String topic, String frequency, String scopeQuery, String lang) {
        FormSession form = FormSession.open("/subscriptions/new?" + (scopeQuery.isBlank() ? "" : scopeQuery + "&") + "lang=" + lang);
        Map<String, String> fields = new java.util.LinkedHashMap<>(Map.of("email", email, "topic", topic,
                "frequency", frequency, "website", ""));
        if (!scopeQuery.isBlank()) {
            String[] kv = scopeQuery.split("=");
            fields.put(kv[0], kv[1]);
        }
        return form.post(fields).cookie("portal_lang", lang).post("/subscriptions").then().statusCode(303)
                .extract().header("Location");
    }

    List<Mail> mailsTo(String email) {
        sender.sendDue();
        List<Mail> mails = mailbox.getMailsSentTo(email);
        return mails == null ? List.of() : mails;
    }

    static String link(Mail mail, String kind) {
        Matcher m = LINK.matcher(mail.getText());
        while (m.find()) {
            if (m.group(2).equals(kind)) {
                return m.group(1);
            }
        }
        throw new AssertionError("No " + kind + " link in:\n" + mail.getText());
    }

    static void confirm(String path) {
        given().get(path).then().statusCode(200);
        FormSession.open(path).post(Map.of()).post(path).then().statusCode(303);
    }

    static String listUnsubscribe(Mail mail) {
        List<String> values = mail.getHeaders().get("List-Unsubscribe");
        assertThat(values).as("List-Unsubscribe header").hasSize(1);
        assertThat(mail.getHeaders().get("List-Unsubscribe-Post")).containsExactly("List-Unsubscribe=One-Click");
        return values.get(0);
    }

    @Test
    void nothingIsSentBeforeConfirmationThenEachNewEntryOnce() {
        String email = "follower@example.org";
        assertThat(subscribe(email, "technologies", "immediate", "agency=" + Identities.ORLANDO, "en"))
                .endsWith("/subscriptions/sent");

        List<Mail> mails = mailsTo(email);
        assertThat(mails).hasSize(1);
        Mail confirmation = mails.get(0);
        assertThat(confirmation.getSubject()).isEqualTo("Confirm your subscription: New and revised disclosures — Orlando Police Department");
        String confirmPath = link(confirmation, "confirm");
        assertThat(listUnsubscribe(confirmation)).isEqualTo("<http://localhost:8080" + link(confirmation, "unsubscribe") + ">");

        CommentFixtures.openPeriod(Identities.ORLANDO, "Before confirmation");
        assertThat(subscriptions.deliver()).isZero();
        assertThat(mailsTo(email)).as("an unconfirmed address receives nothing").hasSize(1);

        Document page = Jsoup.parse(given().get(confirmPath).then().statusCode(200).extract().asString());
        assertThat(page.select("h1").text()).isEqualTo("Confirm your subscription");
        assertThat(mailsTo(email)).as("opening the link alone (a link scanner) confirms nothing").hasSize(1);
        confirm(confirmPath);
        assertThat(Jsoup.parse(given().get(confirmPath).asString()).select("h1").text()).isEqualTo("You are subscribed");

        CommentFixtures.openPeriod(Identities.WASHINGTON, "Another agency's camera");
        CommentFixtures.openPeriod(Identities.ORLANDO, "Orlando drone program");
        subscriptions.deliver();
        mails = mailsTo(email);
        assertThat(mails).hasSize(2);
        Mail news = mails.get(1);
        assertThat(news.getSubject()).isEqualTo("New: New disclosure: Orlando drone program — Orlando Police Department");
        assertThat(news.getText()).contains("http://localhost:8080/technologies/")
                .doesNotContain("Another agency's camera").doesNotContain("Before confirmation");
        String unsubscribe = link(news, "unsubscribe");
        assertThat(listUnsubscribe(news)).isEqualTo("<http://localhost:8080" + unsubscribe + ">");

        assertThat(subscriptions.deliver()).as("an entry is sent once").isZero();
        assertThat(QuarkusTransaction.requiringNew().call(() -> AuditEntry.count(
                "action in ('subscription.requested', 'subscription.confirmed')"))).isGreaterThanOrEqualTo(2);
    }

    @Test
    void aWeeklyDigestGathersTheWeeksEntriesInTheSubscribersLanguage() {
        String email = "digest@example.org";
        subscribe(email, "technologies", "weekly", "agency=" + Identities.WASHINGTON, "es");
        Mail confirmation = mailsTo(email).get(0);
        assertThat(confirmation.getSubject()).startsWith("Confirme su suscripción: Divulgaciones nuevas y revisadas");
        confirm(link(confirmation, "confirm"));

        CommentFixtures.openPeriod(Identities.WASHINGTON, "Weekly one");
        CommentFixtures.openPeriod(Identities.WASHINGTON, "Weekly two");
        subscriptions.deliver();
        assertThat(mailsTo(email)).as("nothing before a week has passed").hasSize(1);

        QuarkusTransaction.requiringNew().run(() -> Subscription.update(
                "confirmedAt = confirmedAt - 8 day where email = ?1", email));
        subscriptions.deliver();
        List<Mail> mails = mailsTo(email);
        assertThat(mails).hasSize(2);
        assertThat(mails.get(1).getSubject()).isEqualTo("Resumen semanal, 2 novedades: Divulgaciones nuevas y revisadas — "
                + "Washington County Sheriff's Office");
        assertThat(mails.get(1).getText()).contains("Weekly one").contains("Weekly two")
                .contains("Para dejar de recibir estos correos");
        listUnsubscribe(mails.get(1));

        subscriptions.deliver();
        assertThat(mailsTo(email)).as("the next digest waits another week").hasSize(2);
    }

    @Test
    void theUnsubscribeLinkAndTheMailClientsOneClickPostBothStopTheEmails() {
        String email = "leaver@example.org";
        subscribe(email, "comment-periods", "immediate", "", "en");
        Mail confirmation = mailsTo(email).get(0);
        confirm(link(confirmation, "confirm"));
        String unsubscribe = link(confirmation, "unsubscribe");

        // Opening the link (a mail scanner does) only shows the button; the button ends the subscription.
        Document page = Jsoup.parse(given().get(unsubscribe).then().statusCode(200).extract().asString());
        assertThat(page.select("h1").text()).isEqualTo("Stop these emails?");
        FormSession.open(unsubscribe).post(Map.of()).post(unsubscribe + "/confirm").then().statusCode(303);
        page = Jsoup.parse(given().get(unsubscribe).then().statusCode(200).extract().asString());
        assertThat(page.select("h1").text()).isEqualTo("You are unsubscribed");
        CommentFixtures.openPeriod(Identities.ORLANDO, "After unsubscribing");
        subscriptions.deliver();
        assertThat(mailsTo(email)).hasSize(1);

        // Subscribing again is a new request with its own confirmation (the page links to the form), then
        // the mail client's RFC 8058 one-click POST ends it: no cookie, no CSRF token.
        assertThat(page.select("main a[href^=/subscriptions/new]").attr("href"))
                .isEqualTo("/subscriptions/new?topic=comment-periods");
        subscribe(email, "comment-periods", "immediate", "", "en");
        Mail again = mailsTo(email).get(1);
        assertThat(again.getSubject()).startsWith("Confirm your subscription");
        confirm(link(again, "confirm"));
        String oneClick = link(again, "unsubscribe");
        assertThat(oneClick).isNotEqualTo(unsubscribe);
        given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .body("List-Unsubscribe=One-Click").post(oneClick).then().statusCode(200);
        CommentFixtures.openPeriod(Identities.ORLANDO, "After the one-click post");
        subscriptions.deliver();
        assertThat(mailsTo(email)).hasSize(2);
        assertThat(QuarkusTransaction.requiringNew().call(() -> AuditEntry.count("action", "subscription.unsubscribed")))
                .isGreaterThanOrEqualTo(2);
        given().contentType("application/x-www-form-urlencoded").body("List-Unsubscribe=One-Click")
                .post("/subscriptions/unsubscribe/not-a-real-token-at-all-0000").then().statusCode(404);
        given().get("/subscriptions/unsubscribe/not-a-real-token-at-all-0000").then().statusCode(404);
    }

    @Test
    void mistakesAreShownWithTheInputKeptAndNoPageRevealsWhoIsSubscribed() {
        FormSession form = FormSession.open("/subscriptions/new?agency=" + Identities.ORLANDO);
        String html = form.post(Map.of("email", "not an address", "topic", "gossip", "frequency", "weekly",
                "agency", Identities.ORLANDO)).post("/subscriptions").then().statusCode(422).extract().asString();
        Document page = Jsoup.parse(html);
        assertThat(page.select("#error-summary li")).hasSize(2);
        assertThat(page.select("#f-email").attr("value")).isEqualTo("not an address");
        assertThat(page.select("#frequency-weekly").hasAttr("checked")).isTrue();
        assertThat(page.select("input[name=agency]").attr("value")).isEqualTo(Identities.ORLANDO);

        given().get("/subscriptions/new?agency=no-such-agency").then().statusCode(404);
        given().get("/subscriptions/confirm/not-a-real-token-at-all-0000").then().statusCode(404);

        String email = "twice@example.org";
        String first = subscribe(email, "decisions", "immediate", "", "en");
        confirm(link(mailsTo(email).get(0), "confirm"));
        String second = subscribe(email, "decisions", "immediate", "", "en");
        assertThat(second).as("the same answer whether or not the address is subscribed").isEqualTo(first);
        List<Mail> mails = mailsTo(email);
        assertThat(mails).hasSize(2);
        assertThat(mails.get(1).getSubject()).startsWith("You are already subscribed");

        // A robot filling the honeypot is told the same and nothing is sent.
        FormSession.open("/subscriptions/new").post(Map.of("email", "robot@example.org", "topic", "decisions",
                "frequency", "immediate", "website", "http://spam.example")).post("/subscriptions").then()
                .statusCode(303);
        assertThat(mailsTo("robot@example.org")).isEmpty();
        assertThat(given().get("/api/v1/agencies").asString()).doesNotContain("@example.org");
    }
}
