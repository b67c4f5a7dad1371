package org.oversightportal.comments;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.oversightportal.inventory.Disclosure;
import org.oversightportal.testsupport.FormSession;

/** Residents comment without an account: receipts, status, pre-moderation, late comments, spam defence. */
@QuarkusTest
class CommentsTest {

    static final String OPEN = "washington-county-sheriff-face-recognition-search-of-booking-photos";
    static final String CLOSED = "harbor-city-police-automated-license-plate-readers";

    @Inject
    CommentService service;

    /** A form as a person sends it: loaded more than the minimum fill time ago, honeypot empty. */
    Map<String, String> personForm(String body) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("body", body);
        form.put("started", startedSecondsAgo(10));
        form.put("website", "");
        return form;
    }

    String startedSecondsAgo(int seconds) {
        return service.startTokenFor(Long.toString(Instant.now().minusSeconds(seconds).toEpochMilli()));
    }

    @Test
    void aCommentGetsATrackingNumberAndStaysPendingUntilAModeratorPublishesIt() {
        Map<String, String> form = personForm("Please publish the audit logs of every search.");
        form.put("displayName", "Resident of Hillsboro");
        form.put("email", "resident@example.org");
        Response r = FormSession.open("/technologies/" + OPEN + "/comment").post(form)
                .post("/technologies/" + OPEN + "/comment");
        assertThat(r.statusCode()).isEqualTo(303);
        String location = r.header("Location").replaceFirst("^https?://[^/]+", "");
        assertThat(location).matches("/comments/PC-[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}\\?new=true&receipt=[A-Za-z0-9_-]{43}");
        String tracking = location.substring("/comments/".length(), location.indexOf('?'));

        given().get(location).then().statusCode(200)
                .body(containsString("Your comment has been received"))
                .body(containsString(tracking))
                .body(containsString("Waiting for moderation"))
                .body(not(containsString("resident@example.org")));
        given().get("/comments?tracking=" + tracking.toLowerCase()).then().statusCode(200)
                .body(containsString("Waiting for moderation"));
        // Pre-moderation: not on the public page, but counted as received
        given().get("/technologies/" + OPEN).then().statusCode(200)
                .body(not(containsString("Please publish the audit logs of every search.")))
                .body(containsString("Comments received:"));

        PublicComment stored = QuarkusTransaction.requiringNew()
                .call(() -> PublicComment.findByTrackingNumber(tracking).orElseThrow());
        assertThat(stored.status).isEqualTo(CommentStatus.PENDING);
        assertThat(stored.email).isEqualTo("resident@example.org");
    }

    @Test
    void aCommentIsStoredExactlyAsWrittenAndShownEscaped() {
        String text = "<script>alert('x')</script> <b>bold</b> 😀 مرحبا بالعالم\nsecond line https://example.org";
        Response r = FormSession.open("/technologies/" + OPEN + "/comment").post(personForm(text))
                .post("/technologies/" + OPEN + "/comment");
        String location = r.header("Location").replaceFirst("^https?://[^/]+", "");
        String tracking = location.substring("/comments/".length(), location.indexOf('?'));
        assertThat(QuarkusTransaction.requiringNew().call(() -> PublicComment.findByTrackingNumber(tracking)
                .orElseThrow().body)).isEqualTo(text);
        String page = given().get(location).then().statusCode(200).extract().asString();
        assertThat(page).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &lt;b&gt;bold&lt;/b&gt; 😀 مرحبا بالعالم\nsecond line")
                .doesNotContain("<script>alert").doesNotContain("<a href=\"https://example.org");
    }

    @Test
    void aLateCommentIsRefusedWithAClearMessageAndItsTextKept() {
        FormSession session = FormSession.open("/technologies/" + OPEN + "/comment");
        Response r = session.post(personForm("Arrived a moment too late")).post("/technologies/" + CLOSED + "/comment");
        r.then().statusCode(422)
                .body(containsString("The comment period has closed"))
                .body(containsString("Arrived a moment too late</textarea>"));
        assertThat(QuarkusTransaction.requiringNew().call(() -> PublicComment.count("body", "Arrived a moment too late")))
                .isZero();
        given().get("/technologies/" + CLOSED).then().statusCode(200)
                .body(containsString("The comment period closed on"))
                .body(not(containsString("href=\"/technologies/" + CLOSED + "/comment\"")));
    }

    @Test
    void aFilledHoneypotIsAnsweredAsAcceptedAndAnInstantSubmissionIsAskedAgainNeitherStored() {
        FormSession session = FormSession.open("/technologies/" + OPEN + "/comment");
        Map<String, String> bot = personForm("Buy cheap watches");
        bot.put("website", "https://spam.example");
        Response honeypot = session.post(bot).post("/technologies/" + OPEN + "/comment");
        assertThat(honeypot.statusCode()).isEqualTo(303);
        assertThat(honeypot.header("Location")).contains("/comments/PC-");

        Map<String, String> fast = personForm("Buy cheap watches");
        fast.put("started", service.startToken());
        session.post(fast).post("/technologies/" + OPEN + "/comment").then().statusCode(422)
                .body(containsString("send it again")).body(containsString("Buy cheap watches</textarea>"));

        Map<String, String> forged = personForm("Buy cheap watches");
        forged.put("started", "1000.forged");
        session.post(forged).post("/technologies/" + OPEN + "/comment").then().statusCode(422);

        assertThat(QuarkusTransaction.requiringNew().call(() -> PublicComment.count("body", "Buy cheap watches")))
                .isZero();
        given().get(honeypot.header("Location").replaceFirst("^https?://[^/]+", "")).then().statusCode(404);
    }

    @Test
    void anEmptyOrOverlongCommentShowsWhyAndKeepsTheText() {
        FormSession session = FormSession.open("/technologies/" + OPEN + "/comment");
        session.post(personForm("")).post("/technologies/" + OPEN + "/comment").then().statusCode(422)
                .body(containsString("Your comment: Enter this information."));
        Map<String, String> form = personForm("y".repeat(5001));
        form.put("email", "not-an-address");
        session.post(form).post("/technologies/" + OPEN + "/comment").then().statusCode(422)
                .body(containsString("at most 5000 characters"))
                .body(containsString("Enter an email address"))
                .body(containsString("value=\"not-an-address\""));
    }

    @Test
    void openCommentPeriodsAreListedSoonestDeadlineFirst() {
        String page = given().get("/comments/open").then().statusCode(200).extract().asString();
        int orlando = page.indexOf("Real-time face recognition pilot");
        int washington = page.indexOf("Face recognition search of booking photos");
        int schools = page.indexOf("AI weapons detection on school cameras");
        assertThat(orlando).isPositive();
        assertThat(washington).isGreaterThan(orlando);
        assertThat(schools).isGreaterThan(washington);
        assertThat(page).doesNotContain("Automated license plate readers");
    }

    @Test
    void submittingADisclosureOpensItsCommentPeriodForTheConfiguredLength() {
        long days = QuarkusTransaction.requiringNew().call(() -> {
            Disclosure d = Disclosure.findBySlug("orlando-police-real-time-face-recognition-pilot").orElseThrow();
            CommentPeriod p = CommentPeriod.latestFor(d).orElseThrow();
            return Duration.between(p.opensAt, p.closesAt).toDays();
        });
        assertThat(days).isEqualTo(30);
        given().get("/comments/PC-ZZZZ-ZZZZ").then().statusCode(404);
        given().get("/comments?tracking=nonsense").then().statusCode(404).body(containsString("No comment has this"));
    }
}
