package org.oversightportal.comments;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.oversightportal.common.AuditEntry;
import org.oversightportal.testsupport.CommentFixtures;
import org.oversightportal.testsupport.FormSession;
import org.oversightportal.testsupport.Identities;

/**
 * Residents flag published comments; at three flags from different people (the configured default)
 * the comment leaves the thread and returns to the moderation queue. Each person counts once.
 */
@QuarkusTest
class FlagTest {

    /** Flags as a resident behind the given address (the tests' proxy forwards it). */
    static String flag(String tracking, String reason, String address) {
        FormSession form = FormSession.open("/comments/" + tracking + "/flag");
        return form.post(Map.of("reason", reason)).header("X-Forwarded-For", address)
                .post("/comments/" + tracking + "/flag").then().statusCode(303).extract().header("Location");
    }

    static CommentStatus status(String tracking) {
        return QuarkusTransaction.requiringNew()
                .call(() -> PublicComment.findByTrackingNumber(tracking).orElseThrow().status);
    }

    @Test
    void threeFlagsFromDifferentPeopleHideACommentUntilAModeratorReviewsIt() {
        CommentFixtures.Period p = CommentFixtures.openPeriod(Identities.ORLANDO, "Flag threshold");
        String tracking = CommentFixtures.comment(p.id(), "The chief lives at 12 Elm Street, go tell him.",
                CommentStatus.PUBLISHED);
        given().get("/technologies/" + p.slug()).then().body(containsString("12 Elm Street"))
                .body(containsString("/comments/" + tracking + "/flag"));

        assertThat(flag(tracking, "personal_information", "198.51.100.1")).endsWith("done=recorded");
        assertThat(flag(tracking, "personal_information", "198.51.100.1")).as("the same person again")
                .endsWith("done=already");
        // Three reporters of three networks (IPv4 /24s): flags from one network alone would not hide it.
        assertThat(flag(tracking, "threat_or_harassment", "192.0.2.2")).endsWith("done=recorded");
        assertThat(status(tracking)).isEqualTo(CommentStatus.PUBLISHED);
        assertThat(flag(tracking, "personal_information", "203.0.113.3")).endsWith("done=hidden");
        assertThat(status(tracking)).isEqualTo(CommentStatus.FLAGGED);

        given().get("/comments/" + tracking + "/flag?done=hidden").then().statusCode(200)
                .body(containsString("hidden until a moderator reviews it"));
        given().get("/technologies/" + p.slug()).then().body(not(containsString("12 Elm Street")))
                .body(containsString("Hidden after reports from readers"));
        assertThat(QuarkusTransaction.requiringNew().call(() -> AuditEntry.count(
                "action = ?1 and targetId = ?2", "comment.flagged", tracking))).isEqualTo(1);
        assertThat(QuarkusTransaction.requiringNew().call(() -> CommentFlag.count("comment.trackingNumber", tracking)))
                .isEqualTo(3);
        // Addresses are not stored, only a keyed hash of them.
        List<String> who = QuarkusTransaction.requiringNew().call(() -> CommentFlag.<CommentFlag>list(
                "comment.trackingNumber", tracking).stream().map(f -> f.flaggedBy).toList());
        assertThat(who).noneMatch(w -> w.contains("198.51.100") || w.contains("192.0.2") || w.contains("203.0.113"));
    }

    @Test
    @TestSecurity(user = "moderator", roles = "moderator")
    void aFlaggedCommentHeadsTheQueueWithItsReasonsAndCanBeRestoredOrRemoved() {
        CommentFixtures.Period p = CommentFixtures.openPeriod(Identities.ORLANDO, "Flag review");
        String restored = CommentFixtures.comment(p.id(), "Unpopular but within the rules.", CommentStatus.PUBLISHED);
        String removed = CommentFixtures.comment(p.id(), "You are all idiots and I know where you park.",
                CommentStatus.PUBLISHED);
        for (String address : List.of("203.0.113.11", "198.51.100.12", "192.0.2.13")) {
            flag(restored, "off_topic", address);
            flag(removed, "threat_or_harassment", address);
        }
        String queue = given().get("/moderation").then().statusCode(200).extract().asString();
        assertThat(queue).contains("Unpopular but within the rules.").contains("Reported by 3 readers")
                .contains("Threat or harassment");

        FormSession.open("/moderation").post(Map.of("action", "publish", "selected", restored)).post("/moderation")
                .then().statusCode(303);
        FormSession.open("/moderation").post(Map.of("action", "hide", "selected", removed,
                "reason", "threat_or_harassment")).post("/moderation").then().statusCode(303);
        assertThat(status(restored)).isEqualTo(CommentStatus.PUBLISHED);
        assertThat(status(removed)).isEqualTo(CommentStatus.HIDDEN);
        given().get("/technologies/" + p.slug()).then().body(containsString("Unpopular but within the rules."))
                .body(containsString("Removed by the moderator on"))
                .body(not(containsString("where you park")));
        // Reviewed flags no longer count: a restored comment needs three new reports to be hidden again.
        assertThat(QuarkusTransaction.requiringNew().call(() -> CommentFlag.count(
                "comment.trackingNumber = ?1 and reviewedAt is null", restored))).isZero();
        assertThat(QuarkusTransaction.requiringNew().call(() -> PublicComment.findByTrackingNumber(restored)
                .orElseThrow().openFlags)).isZero();
    }

    @Test
    void aCommentThatIsNotPublicCannotBeFlaggedAndAReasonIsRequired() {
        CommentFixtures.Period p = CommentFixtures.openPeriod(Identities.ORLANDO, "Flag refusals");
        String pending = CommentFixtures.comment(p.id(), "Still waiting for moderation", CommentStatus.PENDING);
        given().get("/comments/" + pending + "/flag").then().statusCode(404);
        String published = CommentFixtures.comment(p.id(), "Published, flag me without reason", CommentStatus.PUBLISHED);
        FormSession form = FormSession.open("/comments/" + published + "/flag");
        form.post(Map.of()).header("X-Forwarded-For", "198.51.100.77").post("/comments/" + published + "/flag")
                .then().statusCode(422).body(containsString("Choose a reason for the report."));
    }
}
