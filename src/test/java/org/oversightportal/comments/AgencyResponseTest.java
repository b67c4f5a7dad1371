package org.oversightportal.comments;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.ClaimType;
import io.quarkus.test.security.oidc.OidcSecurity;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.oversightportal.common.AuditEntry;
import org.oversightportal.testsupport.CommentFixtures;
import org.oversightportal.testsupport.FormSession;
import org.oversightportal.testsupport.Identities;

/**
 * After a period closes, staff of the owning agency publish an official response (Markdown, sanitized)
 * and answer individual comments; staff of another agency cannot, and nobody can before the close.
 */
@QuarkusTest
class AgencyResponseTest {

    static final String MARKDOWN = """
            We read every comment. **Three changes** follow:

            - searches need a case number;
            - the audit is [published](https://example.org/audit);
            - retention drops to 30 days.

            <script>alert('x')</script><img src=x onerror=alert(1)> [click](javascript:alert)""";

    @Test
    @TestSecurity(user = "staff-washington", roles = "agency-staff")
    @OidcSecurity(claims = @Claim(key = "groups", value = Identities.WASHINGTON_GROUP, type = ClaimType.JSON_ARRAY))
    void theOwningAgencyPublishesASanitizedResponseAfterTheClose() {
        CommentFixtures.Period p = CommentFixtures.closedPeriod(Identities.WASHINGTON, "Responded to");
        String path = "/staff/comments/" + p.id();
        FormSession.open(path).post(Map.of("body", MARKDOWN)).post(path + "/response").then().statusCode(303);

        String page = given().get("/technologies/" + p.slug()).then().statusCode(200).extract().asString();
        String section = page.substring(page.indexOf("class=\"portal-response\""), page.indexOf("</section>"));
        assertThat(section).contains("Response from Washington County Sheriff")
                .contains("<strong>Three changes</strong>")
                .contains("<li>searches need a case number;</li>")
                .contains("href=\"https://example.org/audit\"").contains("rel=\"nofollow\"")
                .doesNotContain("<script>alert").doesNotContain("<img").doesNotContain("href=\"javascript:")
                .contains("&lt;script&gt;alert");
        CommentResponse stored = QuarkusTransaction.requiringNew()
                .call(() -> CommentResponse.<CommentResponse>find("period.id", p.id()).firstResult());
        assertThat(stored.bodyMarkdown).isEqualTo(MARKDOWN.strip());
        assertThat(stored.publishedBy).isEqualTo("staff-washington");
        assertThat(QuarkusTransaction.requiringNew().call(() -> AuditEntry.count(
                "action = ?1 and targetId = ?2", "comment-response.publish", String.valueOf(p.id())))).isEqualTo(1);
    }

    @Test
    @TestSecurity(user = "staff-washington", roles = "agency-staff")
    @OidcSecurity(claims = @Claim(key = "groups", value = Identities.WASHINGTON_GROUP, type = ClaimType.JSON_ARRAY))
    void noResponseWhileThePeriodIsOpenAndTheTextIsKept() {
        CommentFixtures.Period p = CommentFixtures.openPeriod(Identities.WASHINGTON, "Still open");
        String path = "/staff/comments/" + p.id();
        given().get(path).then().statusCode(200).body(containsString("once the comment period closes"));
        FormSession session = FormSession.open("/staff/disclosures/new");
        session.post(Map.of("body", "Too early to answer")).post(path + "/response").then().statusCode(422)
                .body(containsString("only after the comment period closes"))
                .body(containsString("Too early to answer"));
    }

    @Test
    @TestSecurity(user = "staff-washington", roles = "agency-staff")
    @OidcSecurity(claims = @Claim(key = "groups", value = Identities.WASHINGTON_GROUP, type = ClaimType.JSON_ARRAY))
    void staffAnswerAPublishedCommentAndTheAnswerIsShownEscapedBeneathIt() {
        CommentFixtures.Period p = CommentFixtures.openPeriod(Identities.WASHINGTON, "Answered comment");
        String tracking = CommentFixtures.comment(p.id(), "How long are images kept?", CommentStatus.PUBLISHED);
        String path = "/staff/comments/" + p.id();
        FormSession.open(path).post(Map.of("tracking", tracking, "text", "Thirty days. <b>Then deleted.</b>",
                "page", "1")).post(path + "/answers").then().statusCode(303);
        given().get("/technologies/" + p.slug()).then()
                .body(containsString("Answer from Washington County Sheriff"))
                .body(containsString("Thirty days. &lt;b&gt;Then deleted.&lt;/b&gt;"));
        String pending = CommentFixtures.comment(p.id(), "Not yet moderated", CommentStatus.PENDING);
        FormSession.open(path).post(Map.of("tracking", pending, "text", "Premature", "page", "1"))
                .post(path + "/answers").then().statusCode(422);
    }

    @Test
    @TestSecurity(user = "staff-orlando", roles = "agency-staff")
    @OidcSecurity(claims = @Claim(key = "groups", value = Identities.ORLANDO_GROUP, type = ClaimType.JSON_ARRAY))
    void staffOfAnotherAgencyAreRefusedAndTheAttemptIsAudited() {
        CommentFixtures.Period p = CommentFixtures.closedPeriod(Identities.WASHINGTON, "Not Orlando's");
        given().get("/staff/comments/" + p.id()).then().statusCode(403);
        FormSession session = FormSession.open("/staff/disclosures/new");
        session.post(Map.of("body", "Hijack")).post("/staff/comments/" + p.id() + "/response").then().statusCode(403);
        given().get("/technologies/" + p.slug()).then().body(not(containsString("Hijack")));
        assertThat(QuarkusTransaction.requiringNew().call(() -> AuditEntry.count(
                "action = ?1 and targetId = ?2 and outcome = ?3", "comment-response.open", String.valueOf(p.id()),
                AuditEntry.Outcome.DENIED))).isGreaterThanOrEqualTo(2);
    }
}
