package org.oversightportal.comments;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.oversightportal.testsupport.CommentFixtures;
import org.oversightportal.testsupport.FormSession;
import org.oversightportal.testsupport.HtmlChecker;
import org.oversightportal.testsupport.Identities;

/**
 * Five submissions per address per ten minutes (the default), counted in PostgreSQL: the sixth is
 * answered 429 with Retry-After and a page that keeps the resident's text. Requests arrive through
 * the tests' trusted proxy, which names the client in X-Forwarded-For.
 */
@QuarkusTest
class RateLimitTest {

    @Inject
    CommentService service;

    Response send(CommentFixtures.Period p, String body, String address) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("body", body);
        form.put("started", service.startTokenFor(Long.toString(Instant.now().minusSeconds(10).toEpochMilli())));
        form.put("website", "");
        return FormSession.open("/technologies/" + p.slug() + "/comment").post(form).header("X-Forwarded-For", address)
                .post("/technologies/" + p.slug() + "/comment");
    }

    @Test
    void theSixthCommentFromOneAddressIsRefusedWith429RetryAfterAndItsTextKept() {
        CommentFixtures.Period p = CommentFixtures.openPeriod(Identities.ORLANDO, "Rate limited");
        for (int i = 1; i <= 5; i++) {
            send(p, "Comment " + i + " from a busy address", "192.0.2.10").then().statusCode(303);
        }
        Response refused = send(p, "The sixth comment, kept <on> screen", "192.0.2.10");
        refused.then().statusCode(429).body(containsString("Please wait before sending again"))
                .body(containsString("The sixth comment, kept &lt;on&gt; screen"));
        assertThat(HtmlChecker.errors(refused.asString())).as("Nu HTML checker on the 429 page").isEmpty();
        long retryAfter = Long.parseLong(refused.header("Retry-After"));
        assertThat(retryAfter).isBetween(1L, 600L);
        assertThat(QuarkusTransaction.requiringNew().call(() -> PublicComment.count("period.id", p.id())))
                .isEqualTo(5);

        // Another address is not affected.
        send(p, "From a neighbour", "192.0.2.11").then().statusCode(303);
    }

    @Test
    void flagsCountAgainstTheSameLimit() {
        CommentFixtures.Period p = CommentFixtures.openPeriod(Identities.ORLANDO, "Rate limited flags");
        for (int i = 1; i <= 3; i++) {
            send(p, "Comment " + i + " before flagging", "192.0.2.20").then().statusCode(303);
        }
        for (int i = 1; i <= 2; i++) {
            String t = CommentFixtures.comment(p.id(), "Flag target " + i, CommentStatus.PUBLISHED);
            FormSession.open("/comments/" + t + "/flag").post(Map.of("reason", "spam"))
                    .header("X-Forwarded-For", "192.0.2.20").post("/comments/" + t + "/flag").then().statusCode(303);
        }
        String last = CommentFixtures.comment(p.id(), "One flag too many", CommentStatus.PUBLISHED);
        FormSession.open("/comments/" + last + "/flag").post(Map.of("reason", "spam"))
                .header("X-Forwarded-For", "192.0.2.20").post("/comments/" + last + "/flag").then().statusCode(429)
                .header("Retry-After", org.hamcrest.Matchers.matchesPattern("[1-9][0-9]*"))
                .body(containsString("several reports in a short time"));
    }

    @Test
    void aFormWithErrorsDoesNotUseUpTheAllowance() {
        CommentFixtures.Period p = CommentFixtures.openPeriod(Identities.ORLANDO, "Typos are free");
        for (int i = 0; i < 8; i++) {
            send(p, "", "192.0.2.30").then().statusCode(422);
        }
        send(p, "Finally written", "192.0.2.30").then().statusCode(303);
    }
}
