package org.oversightportal.comments;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.oversightportal.testsupport.CommentFixtures;
import org.oversightportal.testsupport.FormSession;
import org.oversightportal.testsupport.Identities;

/**
 * Security review, finding 1: a comment's text is public only while it is published. The author reads their own
 * text through the secret link of their receipt, never through the public tracking number, and the tracking
 * number of a comment that is not published is in no page or download.
 */
@QuarkusTest
class CommentTextPrivacyTest {

    static final String SECRET = "Sergeant Doe lives at 12 Alder Street";

    @Inject
    CommentService service;

    /** Submits through the real form; returns the receipt location the resident is sent to. */
    String submit(CommentFixtures.Period p, String body) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("body", body);
        form.put("started", service.startTokenFor(Long.toString(Instant.now().minusSeconds(10).toEpochMilli())));
        form.put("website", "");
        Response r = FormSession.open("/technologies/" + p.slug() + "/comment").post(form)
                .post("/technologies/" + p.slug() + "/comment");
        assertThat(r.statusCode()).isEqualTo(303);
        return r.header("Location").replaceFirst("^https?://[^/]+", "");
    }

    static String trackingOf(String location) {
        return location.substring("/comments/".length(), location.indexOf('?'));
    }

    @Test
    @TestSecurity(user = "moderator", roles = "moderator")
    void finding1_aRemovedCommentsTextIsShownOnlyThroughTheAuthorsReceiptLink() {
        CommentFixtures.Period p = CommentFixtures.openPeriod(Identities.ORLANDO, "Removed comment privacy");
        String receipt = submit(p, "The officer in charge: " + SECRET + ".");
        String tracking = trackingOf(receipt);
        assertThat(receipt).as("the receipt link carries a long secret besides the tracking number")
                .matches("/comments/" + tracking + "\\?new=true&receipt=[A-Za-z0-9_-]{43}");

        // Pending: the tracking number tells the status, not the text; the receipt link shows the author their text.
        assertThat(given().get("/comments/" + tracking).then().statusCode(200).extract().asString())
                .contains("Waiting for moderation").doesNotContain(SECRET);
        assertThat(given().get(receipt).then().statusCode(200).extract().asString()).contains(SECRET);

        FormSession.open("/moderation").post(Map.of("action", "publish", "selected", tracking)).post("/moderation")
                .then().statusCode(303);
        assertThat(given().get("/comments/" + tracking).then().statusCode(200).extract().asString())
                .as("published: public").contains(SECRET);
        FormSession.open("/moderation").post(Map.of("action", "hide", "selected", tracking,
                "reason", "personal_information")).post("/moderation").then().statusCode(303);

        String byNumber = given().get("/comments/" + tracking).then().statusCode(200).extract().asString();
        assertThat(byNumber).as("removed: the tracking number reveals nothing of the text").doesNotContain(SECRET)
                .doesNotContain("Alder");
        assertThat(given().get("/comments?tracking=" + tracking).then().extract().asString()).doesNotContain(SECRET);
        assertThat(given().get(receipt.replaceFirst("receipt=[^&]+", "receipt=" + "x".repeat(43)))
                .then().statusCode(200).extract().asString()).as("a wrong receipt secret opens nothing")
                .doesNotContain(SECRET);
        assertThat(given().get(receipt).then().statusCode(200).extract().asString())
                .as("the author still reads their own text").contains(SECRET);

        // The removed comment's tracking number is in no public page or download.
        assertThat(given().get("/technologies/" + p.slug()).then().statusCode(200).extract().asString())
                .contains("Removed").doesNotContain(tracking).doesNotContain(SECRET);
        assertThat(given().get("/api/v1/comment-periods/" + p.id() + "/comments").then().statusCode(200)
                .extract().asString()).contains("removed").doesNotContain(tracking).doesNotContain(SECRET);
        assertThat(given().get("/downloads/comments.csv").then().statusCode(200).extract().asString())
                .doesNotContain(tracking).doesNotContain(SECRET);
        assertThat(QuarkusTransaction.requiringNew().call(() -> PublicComment.findByTrackingNumber(tracking)
                .orElseThrow().receiptTokenHash)).as("only a hash of the receipt secret is stored")
                .hasSize(64).isNotEqualTo(receipt.substring(receipt.indexOf("receipt=") + 8));
    }

    @Test
    void finding1_lookingUpTrackingNumbersIsRateLimited() {
        int allowed = 30;
        for (int i = 0; i < allowed; i++) {
            given().header("X-Forwarded-For", "198.51.100.77").redirects().follow(false)
                    .get("/comments/PC-2222-2222").then().statusCode(404);
        }
        given().header("X-Forwarded-For", "198.51.100.77").get("/comments/PC-2222-2222").then().statusCode(429)
                .header("Retry-After", org.hamcrest.Matchers.matchesPattern("[1-9][0-9]*"));
        given().header("X-Forwarded-For", "198.51.100.77").get("/comments?tracking=PC-2222-2222").then()
                .statusCode(429);
        given().header("X-Forwarded-For", "198.51.100.77").get("/comments/PC-2222-2222?receipt=made-up").then()
                .statusCode(429); // a made-up receipt secret does not lift the limit
        given().header("X-Forwarded-For", "198.51.100.78").get("/comments/PC-2222-2222").then()
                .statusCode(404); // another address is not limited
    }
}
