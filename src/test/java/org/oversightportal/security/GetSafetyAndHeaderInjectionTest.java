package org.oversightportal.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.is;

import com.microsoft.playwright.Page;
import io.agroal.api.AgroalDataSource;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.oversightportal.agencies.Agency;
import org.oversightportal.common.AuditEntry;
import org.oversightportal.mail.Outbox;
import org.oversightportal.mail.OutboxSender;
import org.oversightportal.subscriptions.Subscription;
import org.oversightportal.subscriptions.SubscriptionService;
import org.oversightportal.testsupport.Browser;
import org.oversightportal.testsupport.FormSession;
import org.oversightportal.testsupport.HtmlChecker;
import org.oversightportal.testsupport.Identities;
import org.oversightportal.testsupport.Journey;
import org.oversightportal.testsupport.KeycloakTokens;
import org.oversightportal.testsupport.ThirdPartyFixtures;
import org.oversightportal.thirdparty.ThirdPartyImport;
import org.oversightportal.vendors.Vendor;

/**
 * Findings 10 and 11 of the security review (issue 21). 10: nothing changes on a GET (signing out, the
 * unsubscribe link that mail scanners open), and the unsubscribe link's token cannot confirm or resume. 11:
 * a line break in a one-line field is refused (web form, API, Atlas import), and no email subject holds one.
 */
@QuarkusTest
class GetSafetyAndHeaderInjectionTest {

    private static final Pattern LINK = Pattern.compile(
            "http://localhost:8080(/subscriptions/(confirm|unsubscribe)/[A-Za-z0-9_-]+)");

    static Browser browser;

    @TestHTTPResource("/")
    URL portal;

    @Inject
    SubscriptionService subscriptions;

    @Inject
    OutboxSender sender;

    @Inject
    MockMailbox mailbox;

    @Inject
    Outbox outbox;

    @Inject
    AgroalDataSource dataSource;

    @BeforeEach
    void drain() {
        subscriptions.deliver();
        sender.sendDue();
        mailbox.clear();
    }

    /** Other tests count the emails delivery queues: no subscription of this class stays live. */
    @AfterEach
    void endThisClassesSubscriptions() {
        QuarkusTransaction.requiringNew().run(() -> Subscription.update(
                "unsubscribedAt = ?1 where unsubscribedAt is null and email in ?2", java.time.Instant.now(),
                List.of("scanned@example.org", "one-click@example.org", "resume@example.org",
                        "vendor-follower@example.org")));
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
            browser = null;
        }
    }

    // ---------- Finding 10: state changes on GET ----------

    @Test
    void finding10_openingTheSignOutAddressOnlyShowsTheButtonAndTheButtonSignsOut() {
        if (browser == null) {
            browser = new Browser();
        }
        Page page = browser.newPage();
        try {
            Journey.signIn(page, portal.toString(), "staff-washington");
            assertThat(page.url()).isEqualTo(portal + "staff");

            // A link, an image or a prefetch of /logout (another site can make the browser GET it) signs nobody out.
            String html = Journey.open(page, portal + "logout");
            assertThat(Jsoup.parse(html).select("main h1").text()).isEqualTo("Sign out");
            Journey.audit(page, "Sign out (confirm)", html);
            html = Journey.open(page, portal + "staff");
            assertThat(page.url()).as("still signed in after a GET of /logout").isEqualTo(portal + "staff");
            assertThat(Jsoup.parse(html).select("form[action=/logout] button").text()).contains("Sign out");

            // The navigation's button posts the form (with its CSRF token): signed out of the portal and Keycloak.
            html = Journey.act(page, () -> page.click("form[action='/logout'] button"));
            assertThat(page.url()).isEqualTo(portal.toString());
            assertThat(Jsoup.parse(html).select("a[href=/login]")).isNotEmpty();
            page.navigate(portal + "staff");
            assertThat(page.url()).as("signing in again needs the password").contains("/protocol/openid-connect/auth");
            assertThat(QuarkusTransaction.requiringNew().call(() -> AuditEntry.count(
                    "action = ?1 and actor = ?2", "session.sign-out", "staff-washington"))).isGreaterThanOrEqualTo(1);
        } catch (RuntimeException | AssertionError e) {
            Browser.screenshot(page, "sign-out-failure");
            throw e;
        } finally {
            page.context().close();
        }
    }

    @Test
    void finding10_signingOutIsAPostThatNeedsTheFormsCsrfToken() {
        String token = KeycloakTokens.accessToken("staff-washington");
        String html = given().auth().oauth2(token).get("/logout").then().statusCode(200).extract().asString();
        Document page = Jsoup.parse(html);
        assertThat(page.select("main form[method=post][action=/logout] input[name=csrf-token]")).hasSize(1);
        assertThat(HtmlChecker.errors(html)).isEmpty();
        // Not signed in: nothing to confirm.
        given().redirects().follow(false).get("/logout").then().statusCode(303);
        // A forged post (no token) is refused.
        given().redirects().follow(false).auth().oauth2(token).contentType("application/x-www-form-urlencoded")
                .formParam("x", "y").post("/logout").then().statusCode(anyOf(is(400), is(403)));
    }

    @Test
    void finding10_openingTheUnsubscribeLinkChangesNothingItsButtonUnsubscribes() {
        String email = "scanned@example.org";
        Mail confirmation = subscribeAndConfirm(email, "decisions");
        String unsubscribe = link(confirmation, "unsubscribe");

        // A mail scanner (or a preview) opens the link: the page asks, nothing changes.
        String html = given().get(unsubscribe).then().statusCode(200).extract().asString();
        Document page = Jsoup.parse(html);
        assertThat(page.select("h1").text()).isEqualTo("Stop these emails?");
        assertThat(page.select("form[method=post] input[name=csrf-token]")).hasSize(1);
        assertThat(HtmlChecker.errors(html)).isEmpty();
        given().get(unsubscribe).then().statusCode(200);
        assertThat(subscription(email).isActive()).as("still subscribed after opening the link twice").isTrue();

        // The button (a POST with the CSRF token) ends it; a forged post without the token does not.
        String action = page.select("main form[method=post]").attr("action");
        given().redirects().follow(false).contentType("application/x-www-form-urlencoded").formParam("x", "y")
                .post(action).then().statusCode(anyOf(is(400), is(403)));
        assertThat(subscription(email).isActive()).isTrue();
        FormSession.open(unsubscribe).post(Map.of()).post(action).then().statusCode(303);
        assertThat(subscription(email).isLive()).isFalse();
        assertThat(Jsoup.parse(given().get(unsubscribe).asString()).select("h1").text())
                .isEqualTo("You are unsubscribed");
        assertThat(QuarkusTransaction.requiringNew().call(() -> AuditEntry.count("action = ?1 and targetId = ?2",
                "subscription.unsubscribed", String.valueOf(subscription(email).id)))).isEqualTo(1);
    }

    @Test
    void finding10_theMailClientsOneClickPostStillNeedsNoCookieNorCsrfToken() {
        String email = "one-click@example.org";
        String unsubscribe = link(subscribeAndConfirm(email, "comment-periods"), "unsubscribe");
        given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .body("List-Unsubscribe=One-Click").post(unsubscribe).then().statusCode(200);
        assertThat(subscription(email).isLive()).isFalse();
    }

    @Test
    void finding10_theUnsubscribeTokenIsNotTheConfirmTokenAndNoLinkResumesAnEndedSubscription() {
        String email = "resume@example.org";
        Mail confirmation = subscribeAndConfirm(email, "technologies");
        String confirm = link(confirmation, "confirm");
        String unsubscribe = link(confirmation, "unsubscribe");
        String confirmToken = confirm.substring(confirm.lastIndexOf('/') + 1);
        String unsubscribeToken = unsubscribe.substring(unsubscribe.lastIndexOf('/') + 1);
        assertThat(unsubscribeToken).as("the token in every email").isNotEqualTo(confirmToken);
        // The unsubscribe token confirms nothing.
        given().get("/subscriptions/confirm/" + unsubscribeToken).then().statusCode(404);

        FormSession.open(unsubscribe).post(Map.of()).post(unsubscribe + "/confirm").then().statusCode(303);
        assertThat(subscription(email).isLive()).isFalse();

        // The confirmation link again (the old "undo") does not resume it: a new request is needed.
        FormSession.open("/subscriptions/new").post(Map.of()).post(confirm).then().statusCode(303);
        assertThat(subscription(email).isLive()).as("not resumed by a link").isFalse();
        Document page = Jsoup.parse(given().get(confirm).then().statusCode(200).extract().asString());
        assertThat(page.select("h1").text()).isEqualTo("You are unsubscribed");
        assertThat(page.select("main form")).as("no resume button").isEmpty();
        String again = page.select("main a.usa-button").attr("href");
        assertThat(again).isEqualTo("/subscriptions/new?topic=technologies");
        assertThat(QuarkusTransaction.requiringNew().call(() -> AuditEntry.count("action = ?1 and outcome = ?2",
                "subscription.resume", AuditEntry.Outcome.DENIED))).isGreaterThanOrEqualTo(1);

        // Following again: a new confirmation email, new tokens; nothing is sent until it is confirmed.
        mailbox.clear();
        subscribe(email, "technologies", again);
        List<Mail> mails = mailsTo(email);
        assertThat(mails).hasSize(1);
        assertThat(mails.get(0).getSubject()).startsWith("Confirm your subscription");
        String newConfirm = link(mails.get(0), "confirm");
        assertThat(newConfirm).isNotEqualTo(confirm);
        assertThat(QuarkusTransaction.requiringNew().call(() -> Subscription.count(
                "email = ?1 and confirmedAt is not null and unsubscribedAt is null", email))).isZero();
        confirmLink(newConfirm);
        assertThat(QuarkusTransaction.requiringNew().call(() -> Subscription.count(
                "email = ?1 and confirmedAt is not null and unsubscribedAt is null", email))).isEqualTo(1);
    }

    @Test
    void finding10_theMigrationGivesEveryExistingSubscriptionItsOwnRandomUnsubscribeToken() throws Exception {
        String sql = Files.readString(Path.of(
                "src/main/resources/db/migration/V13__subscription_separate_unsubscribe_token.sql"), StandardCharsets.UTF_8);
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                // A temporary table comes first in the search path: the migration runs on these rows only.
                s.execute("create temporary table subscription (id bigint primary key, token varchar(64) not null unique)");
                s.execute("insert into subscription values (1, 'legacy-token-one-aaaaaaaaaaaaaaaaaaaa'),"
                        + " (2, 'legacy-token-two-aaaaaaaaaaaaaaaaaaaa'), (3, 'legacy-token-three-aaaaaaaaaaaaaaaaaa')");
                for (String statement : sql.replaceAll("(?m)^--.*$", "").split(";")) {
                    if (!statement.isBlank()) {
                        s.execute(statement);
                    }
                }
                Set<String> tokens = new HashSet<>();
                try (ResultSet r = s.executeQuery("select token, unsubscribe_token from subscription")) {
                    while (r.next()) {
                        assertThat(r.getString(2)).matches("[0-9a-f]{64}").isNotEqualTo(r.getString(1));
                        tokens.add(r.getString(2));
                    }
                }
                assertThat(tokens).hasSize(3);
            } finally {
                c.rollback();
            }
        }
        // And the real table has the column, filled and unique.
        assertThat(QuarkusTransaction.requiringNew().call(() -> Subscription.count("unsubscribeToken is null"))).isZero();
    }

    // ---------- Finding 11: mail header injection ----------

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void finding11_aLineBreakInAOneLineFieldOfAWebFormIsRefusedWithAClearMessage() {
        String html = FormSession.open("/admin/vendors/new")
                .post(Map.of("name", "Injected Optics\r\nBcc: victim@example.org"))
                .post("/admin/vendors/new").then().statusCode(422).extract().asString();
        Document page = Jsoup.parse(html);
        assertThat(page.select("#error-summary li").text())
                .contains("Enter this on one line: it must not contain a line break.");
        assertThat(page.select("#f-name-error").text()).contains("one line");
        assertThat(HtmlChecker.errors(html)).isEmpty();
        assertThat(QuarkusTransaction.requiringNew().call(() -> Vendor.count("name like ?1", "Injected Optics%")))
                .isZero();
        // In Spanish too.
        String es = FormSession.open("/admin/vendors/new?lang=es")
                .post(Map.of("name", "Injected Optics\nBcc: victim@example.org")).cookie("portal_lang", "es")
                .post("/admin/vendors/new").then().statusCode(422).extract().asString();
        assertThat(Jsoup.parse(es).select("#error-summary li").text()).contains("una sola línea");
    }

    @Test
    void finding11_theApiRefusesALineBreakInAOneLineFieldWith422NamingTheField() {
        String token = KeycloakTokens.accessToken("staff-washington");
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("name", "Header drone\r\nBcc: victim@example.org");
        form.put("description", "Two lines\nare fine in a text area.");
        form.put("dataSources", List.of(Map.of("name", "Flight logs\r\nX-Injected: 1")));
        long id = given().auth().oauth2(token).contentType("application/json").body(form).post("/api/v1/staff/drafts")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        JsonPath refused = given().auth().oauth2(token).contentType("application/json")
                .post("/api/v1/staff/drafts/" + id + "/submit").then().statusCode(422)
                .contentType("application/problem+json").extract().jsonPath();
        List<String> broken = new ArrayList<>();
        List<Map<String, String>> errors = refused.getList("errors");
        for (Map<String, String> e : errors) {
            if ("error_line_break".equals(e.get("code"))) {
                broken.add(e.get("field"));
            }
        }
        assertThat(broken).containsExactlyInAnyOrder("name", "dataSources[0].name");
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void finding11_anAtlasRowWithALineBreakInANameIsABadRowNotAnAgency() {
        String csv = "AOSNUMBER,City,County,State,Agency,Type of LEA,Summary,Type of Juris,Technology,"
                + "Vendor,Link 1,Link 1 Source,Link 1 Date\n"
                + "AOS-LB1,,,,\"Header Injection PD\r\nBcc: victim@example.org\",Police,\"A summary\non two lines\",,ALPR,,,,\n"
                + "AOS-LB2,,,,Line Break Vendor PD,Police,,,ALPR,\"Flock\nSafety\",,,\n";
        ThirdPartyImport run = ThirdPartyFixtures.importAndWait("line-breaks.csv", csv.getBytes(StandardCharsets.UTF_8),
                true);
        assertThat(run.badRows).isEqualTo(2);
        assertThat(run.agenciesCreated).isZero();
        assertThat(QuarkusTransaction.requiringNew().call(() -> Agency.count("name like ?1 or name like ?2",
                "Header Injection PD%", "Line Break Vendor PD%"))).isZero();
    }

    @Test
    void finding11_theOutboxMakesEverySubjectOneLine() {
        QuarkusTransaction.requiringNew().run(() -> outbox.enqueue("subject@example.org", "test",
                "New: Camera\r\nBcc: victim@example.org\nX-Other: 1\u2028end", "Body\nwith lines."));
        sender.sendDue();
        List<Mail> mails = mailbox.getMailsSentTo("subject@example.org");
        assertThat(mails).hasSize(1);
        assertThat(mails.get(0).getSubject()).isEqualTo("New: Camera Bcc: victim@example.org X-Other: 1 end");
        assertThat(mails.get(0).getText()).isEqualTo("Body\nwith lines.");
        assertThat(mailbox.getMailsSentTo("victim@example.org")).isNullOrEmpty();
    }

    @Test
    void finding11_aNameWithALineBreakAlreadyStoredNeverBreaksASubscriptionSubject() {
        String slug = "line-break-vendor-" + System.nanoTime();
        QuarkusTransaction.requiringNew().run(() -> {
            Vendor v = new Vendor();
            v.name = "Broken\r\nBcc: victim@example.org";
            v.slug = slug;
            v.createdAt = java.time.Instant.now();
            v.updatedAt = v.createdAt;
            v.persist();
        });
        String email = "vendor-follower@example.org";
        FormSession form = FormSession.open("/subscriptions/new?vendor=" + slug);
        form.post(Map.of("email", email, "topic", "technologies", "frequency", "immediate", "vendor", slug))
                .post("/subscriptions").then().statusCode(303);
        List<Mail> mails = mailsTo(email);
        assertThat(mails).hasSize(1);
        assertThat(mails.get(0).getSubject()).doesNotContain("\r").doesNotContain("\n")
                .endsWith("Broken Bcc: victim@example.org");
    }

    // ---------- helpers ----------

    private Mail subscribeAndConfirm(String email, String topic) {
        subscribe(email, topic, "/subscriptions/new?topic=" + topic);
        List<Mail> mails = mailsTo(email);
        assertThat(mails).isNotEmpty();
        Mail confirmation = mails.get(mails.size() - 1);
        confirmLink(link(confirmation, "confirm"));
        assertThat(subscription(email).isActive()).isTrue();
        return confirmation;
    }

    private static void subscribe(String email, String topic, String formPath) {
        FormSession form = FormSession.open(formPath);
        form.post(Map.of("email", email, "topic", topic, "frequency", "immediate", "website", ""))
                .post("/subscriptions").then().statusCode(303);
    }

    private static void confirmLink(String path) {
        FormSession.open(path).post(Map.of()).post(path).then().statusCode(303);
    }

    private List<Mail> mailsTo(String email) {
        sender.sendDue();
        List<Mail> mails = mailbox.getMailsSentTo(email);
        return mails == null ? List.of() : mails;
    }

    private static String link(Mail mail, String kind) {
        Matcher m = LINK.matcher(mail.getText());
        while (m.find()) {
            if (m.group(2).equals(kind)) {
                return m.group(1);
            }
        }
        throw new AssertionError("No " + kind + " link in:\n" + mail.getText());
    }

    /** The newest subscription of the address. */
    private static Subscription subscription(String email) {
        return QuarkusTransaction.requiringNew().call(() -> Subscription.<Subscription>find(
                "email = ?1 order by id desc", email).firstResult());
    }
}
