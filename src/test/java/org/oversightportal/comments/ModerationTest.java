package org.oversightportal.comments;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.oversightportal.common.AuditEntry;
import org.oversightportal.inventory.Disclosure;
import org.oversightportal.testsupport.FormSession;

/** Pre-moderation: pending → published, rejected with a reason, or hidden with a public placeholder. */
@QuarkusTest
@TestSecurity(user = "moderator", roles = "moderator")
class ModerationTest {

    static final String SLUG = "orlando-police-real-time-face-recognition-pilot";

    String pending(String body) {
        return pending(body, Instant.now());
    }

    String pending(String body, Instant submittedAt) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Disclosure d = Disclosure.findBySlug(SLUG).orElseThrow();
            PublicComment c = new PublicComment();
            c.period = CommentPeriod.latestFor(d).orElseThrow();
            c.trackingNumber = CommentService.newTrackingNumber();
            c.body = body;
            c.submittedAt = submittedAt;
            c.persist();
            return c.trackingNumber;
        });
    }

    @Test
    void theQueueShowsPendingCommentsOldestFirstWithTheirTechnology() {
        // Older than anything else waiting, so that both are on the first page of the queue.
        String first = pending("Queue order: first", Instant.parse("2020-01-01T10:00:00Z"));
        String second = pending("Queue order: second", Instant.parse("2020-01-01T11:00:00Z"));
        String page = given().get("/moderation").then().statusCode(200)
                .body(containsString("Real-time face recognition pilot")).extract().asString();
        assertThat(page.indexOf("Queue order: first")).isPositive().isLessThan(page.indexOf("Queue order: second"));
        assertThat(page).contains(first, second);
    }

    @Test
    void publishingMakesACommentPublicAndIsAudited() {
        String tracking = pending("Published after review");
        given().get("/technologies/" + SLUG).then().body(not(containsString("Published after review")));
        FormSession.open("/moderation").post(Map.of("action", "publish", "selected", tracking)).post("/moderation")
                .then().statusCode(303);
        given().get("/technologies/" + SLUG).then().body(containsString("Published after review"));
        given().get("/comments/" + tracking).then().body(containsString("Published"));
        assertThat(QuarkusTransaction.requiringNew().call(() -> AuditEntry.count(
                "action = ?1 and targetId = ?2 and actor = ?3", "comment.published", tracking, "moderator")))
                .isEqualTo(1);
    }

    @Test
    void aRejectedCommentIsKeptNeverShownAndItsStatusGivesTheReason() {
        String tracking = pending("Rejected as off topic");
        FormSession.open("/moderation").post(Map.of("action", "reject", "selected", tracking, "reason", "off_topic",
                "note", "About parking")).post("/moderation").then().statusCode(303);
        given().get("/technologies/" + SLUG).then().body(not(containsString("Rejected as off topic")));
        given().get("/comments/" + tracking).then().body(containsString("Not published"))
                .body(containsString("Off topic")).body(not(containsString("About parking")));
        PublicComment c = QuarkusTransaction.requiringNew()
                .call(() -> PublicComment.findByTrackingNumber(tracking).orElseThrow());
        assertThat(c.status).isEqualTo(CommentStatus.REJECTED);
        assertThat(c.moderatorNote).isEqualTo("About parking");
    }

    @Test
    void aHiddenCommentLeavesAPublicPlaceholderWithDateAndReason() {
        String tracking = pending("Later found to contain a home address");
        FormSession.open("/moderation").post(Map.of("action", "publish", "selected", tracking)).post("/moderation");
        FormSession.open("/moderation").post(Map.of("action", "hide", "selected", tracking, "reason",
                "personal_information")).post("/moderation").then().statusCode(303);
        given().get("/technologies/" + SLUG).then()
                .body(not(containsString("Later found to contain a home address")))
                .body(containsString("Removed by the moderator on"))
                .body(containsString("Personal information"));
        assertThat(QuarkusTransaction.requiringNew()
                .call(() -> PublicComment.findByTrackingNumber(tracking).orElseThrow().body))
                .isEqualTo("Later found to contain a home address");
    }

    @Test
    void bulkActionsApplyToEverySelectedComment() {
        String a = pending("Bulk one");
        String b = pending("Bulk two");
        FormSession.open("/moderation").post(Map.of()).formParam("action", "publish").formParam("selected", a)
                .formParam("selected", b).post("/moderation").then().statusCode(303);
        given().get("/technologies/" + SLUG).then().body(containsString("Bulk one")).body(containsString("Bulk two"));
    }

    @Test
    void rejectingWithoutAReasonIsRefusedWithAMessage() {
        String tracking = pending("Needs a reason");
        FormSession.open("/moderation").post(Map.of("action", "reject", "selected", tracking)).post("/moderation")
                .then().statusCode(303).header("Location", containsString("notice=incomplete"));
        given().get("/moderation?notice=incomplete").then().body(containsString("a reason for rejecting"));
        assertThat(QuarkusTransaction.requiringNew()
                .call(() -> PublicComment.findByTrackingNumber(tracking).orElseThrow().status))
                .isEqualTo(CommentStatus.PENDING);
    }

    @Test
    @TestSecurity(user = "staff", roles = "agency-staff")
    void moderationRefusesStaff() {
        given().get("/moderation").then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "board", roles = "oversight-board")
    void moderationRefusesTheBoard() {
        given().get("/moderation").then().statusCode(403);
    }
}
