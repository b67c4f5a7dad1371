package org.oversightportal.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.oversightportal.security.HostileInputTest.assertSafe;
import static org.oversightportal.security.HostileInputTest.brief;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.ClaimType;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.oversightportal.comments.CommentPeriod;
import org.oversightportal.comments.CommentResponse;
import org.oversightportal.comments.CommentService;
import org.oversightportal.comments.CommentStatus;
import org.oversightportal.comments.PublicComment;
import org.oversightportal.common.FormBinding;
import org.oversightportal.testsupport.CommentFixtures;
import org.oversightportal.testsupport.FormSession;
import org.oversightportal.testsupport.Identities;

/**
 * The hostile corpus against every text field of the comment forms: the resident's comment, a
 * moderator's period change, the agency's Markdown response and its answers. Stored exactly where
 * valid; every page that shows it back (form, receipt, thread, staff pages) parsed and found clean.
 */
@QuarkusTest
@TestSecurity(user = "staff-washington", roles = { "agency-staff", "admin" })
@OidcSecurity(claims = @Claim(key = "groups", value = Identities.WASHINGTON_GROUP, type = ClaimType.JSON_ARRAY))
class HostileCommentInputTest {

    /** What sanitized Markdown may add to a page, on top of the templates' own elements. */
    static final Set<String> MARKDOWN = Set.of("h4", "h5", "h6", "blockquote", "pre", "hr", "b", "i", "s", "u",
            "sup", "sub", "ins", "del", "strike", "tt", "big", "small", "font", "tfoot", "colgroup", "col");

    static List<String> payloads;

    @Inject
    CommentService service;

    @BeforeAll
    static void readCorpus() throws IOException {
        payloads = HostileInputTest.corpus();
    }

    @Test
    void everyCommentFieldStoresThePayloadExactlyAndEveryPageShowsItEscaped() {
        CommentFixtures.Period p = CommentFixtures.openPeriod(Identities.WASHINGTON, "Hostile comments");
        String path = "/technologies/" + p.slug() + "/comment";
        FormSession session = FormSession.open(path);
        int stored = 0;
        for (String payload : payloads) {
            Map<String, String> form = new LinkedHashMap<>();
            form.put("body", payload);
            form.put("displayName", payload);
            form.put("email", payload);
            form.put("started", service.startTokenFor(Long.toString(Instant.now().minusSeconds(10).toEpochMilli())));
            form.put("website", "");
            Response r = session.post(form).post(path);
            assertThat(r.statusCode()).as("comment with %s", brief(payload)).isIn(303, 422);
            if (r.statusCode() == 422) {
                assertSafe(r.asString(), "comment form with " + brief(payload));
            }
            // Without the address (rarely valid), most payloads are a valid comment and a valid name.
            form.remove("email");
            r = session.post(form).post(path);
            assertThat(r.statusCode()).as("comment without address, %s", brief(payload)).isIn(303, 422);
            if (r.statusCode() == 422) {
                assertSafe(r.asString(), "comment form with " + brief(payload));
                continue;
            }
            String location = r.header("Location").replaceFirst("^https?://[^/]+", "");
            String tracking = location.substring("/comments/".length(), location.indexOf('?'));
            PublicComment c = QuarkusTransaction.requiringNew()
                    .call(() -> PublicComment.findByTrackingNumber(tracking).orElseThrow());
            assertThat(c.body).as("stored text of %s", brief(payload)).isEqualTo(FormBinding.normalizeNewlines(payload).strip());
            assertSafe(given().get(location).then().statusCode(200).extract().asString(), "receipt of " + brief(payload));
            stored++;
        }
        assertThat(stored).as("payloads valid as a comment").isGreaterThan(250);

        // Published, every one of them appears in the thread: every page of it is clean.
        QuarkusTransaction.requiringNew().run(() -> PublicComment.update("status = ?1 where period.id = ?2",
                CommentStatus.PUBLISHED, p.id()));
        int pages = (stored + 19) / 20;
        for (int page = 1; page <= pages; page++) {
            assertSafe(given().get("/technologies/" + p.slug() + "?comments=" + page).then().statusCode(200)
                    .extract().asString(), "thread page " + page);
            assertSafe(given().get("/staff/comments/" + p.id() + "?page=" + page).then().statusCode(200)
                    .extract().asString(), "staff thread page " + page);
        }
    }

    @Test
    void theAgencysResponseAndAnswersAreStoredExactlyAndRenderedSafely() {
        CommentFixtures.Period p = CommentFixtures.closedPeriod(Identities.WASHINGTON, "Hostile response");
        String answered = CommentFixtures.comment(p.id(), "Answer me", CommentStatus.PUBLISHED);
        String path = "/staff/comments/" + p.id();
        FormSession session = FormSession.open(path);
        for (String payload : payloads) {
            Response r = session.post(Map.of("body", payload)).post(path + "/response");
            assertThat(r.statusCode()).as("response %s", brief(payload)).isIn(303, 422);
            if (r.statusCode() == 422) {
                assertSafe(r.asString(), "response form with " + brief(payload), MARKDOWN);
                continue;
            }
            String markdown = QuarkusTransaction.requiringNew().call(() -> CommentResponse.<CommentResponse>find(
                    "period.id", p.id()).firstResult().bodyMarkdown);
            assertThat(markdown).as("stored response %s", brief(payload)).isEqualTo(FormBinding.normalizeNewlines(payload).strip());
            assertSafe(given().get("/technologies/" + p.slug()).then().statusCode(200).extract().asString(),
                    "technology page with response " + brief(payload), MARKDOWN);
            assertSafe(given().get(path).then().statusCode(200).extract().asString(),
                    "staff page with response " + brief(payload), MARKDOWN);

            r = session.post(Map.of("tracking", answered, "text", payload, "page", "1")).post(path + "/answers");
            assertThat(r.statusCode()).as("answer %s", brief(payload)).isIn(303, 422);
            if (r.statusCode() == 303) {
                assertSafe(given().get("/technologies/" + p.slug()).then().statusCode(200).extract().asString(),
                        "answer " + brief(payload), MARKDOWN);
            } else {
                assertSafe(r.asString(), "answer form with " + brief(payload), MARKDOWN);
            }
        }
    }

    @Test
    void everyFieldOfAPeriodChangeIsShownBackEscapedAndAValidReasonIsStoredExactly() {
        CommentFixtures.Period p = CommentFixtures.openPeriod(Identities.WASHINGTON, "Hostile period change");
        String path = "/moderation/periods/" + p.id();
        FormSession session = FormSession.open(path);
        String opens = LocalDate.now(ZoneId.of("America/Los_Angeles")).toString();
        String closes = LocalDate.now(ZoneId.of("America/Los_Angeles")).plusDays(40).toString();
        for (String payload : payloads) {
            Response bad = session.post(Map.of("opensOn", payload, "closesOn", payload, "note", payload)).post(path);
            assertThat(bad.statusCode()).as("period change %s", brief(payload)).isEqualTo(422);
            assertSafe(bad.asString(), "period form with " + brief(payload));
            Response good = session.post(Map.of("opensOn", opens, "closesOn", closes, "note", payload)).post(path);
            assertThat(good.statusCode()).as("period change with note %s", brief(payload)).isIn(303, 422);
            if (good.statusCode() == 303) {
                assertThat(QuarkusTransaction.requiringNew().call(() -> CommentPeriod.<CommentPeriod>findById(p.id())
                        .changeNote)).isEqualTo(FormBinding.normalizeNewlines(payload).strip());
                assertSafe(given().get("/technologies/" + p.slug()).then().statusCode(200).extract().asString(),
                        "period note " + brief(payload));
            } else {
                assertSafe(good.asString(), "period form with note " + brief(payload));
            }
        }
    }
}
