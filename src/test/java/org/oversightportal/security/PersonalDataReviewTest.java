package org.oversightportal.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.oversightportal.comments.CommentService;
import org.oversightportal.comments.CommentFlag;
import org.oversightportal.comments.CommentStatus;
import org.oversightportal.comments.FlagReporters;
import org.oversightportal.common.RateLimiter;
import org.oversightportal.mail.OutboxMessage;
import org.oversightportal.mail.OutboxRetention;
import org.oversightportal.testsupport.CommentFixtures;
import org.oversightportal.testsupport.FormSession;
import org.oversightportal.testsupport.Identities;

/**
 * Security review findings 4 and 12: what the portal mails to an address somebody typed, and what it keeps
 * about people. Real PostgreSQL, the comment form over HTTP, the outbox and the flag form.
 */
@QuarkusTest
class PersonalDataReviewTest {

    @Inject
    CommentService service;

    @Inject
    OutboxRetention retention;

    @Inject
    FlagReporters reporters;

    @Inject
    RateLimiter limiter;

    @Inject
    EntityManager em;

    int submit(CommentFixtures.Period p, String body, String email) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("body", body);
        form.put("email", email);
        form.put("started", service.startTokenFor(Long.toString(Instant.now().minusSeconds(10).toEpochMilli())));
        form.put("website", "");
        return FormSession.open("/technologies/" + p.slug() + "/comment").post(form)
                .post("/technologies/" + p.slug() + "/comment").statusCode();
    }

    @Test
    void finding4_oneAddressGetsAtMostThreeReceiptsADayHoweverItIsSpelled() {
        CommentFixtures.Period p = CommentFixtures.openPeriod(Identities.ORLANDO, "Receipt cap");
        List<String> spellings = List.of("target.person@example.org", "Target.Person@Example.org",
                " target.person+news@example.org ", "target.person@EXAMPLE.ORG", "target.person@example.org");
        for (int i = 0; i < spellings.size(); i++) {
            assertThat(submit(p, "Comment " + i + " sent to somebody else's address", spellings.get(i)))
                    .as("the comment itself is accepted").isEqualTo(303);
        }
        long receipts = QuarkusTransaction.requiringNew().call(() -> OutboxMessage.count(
                "kind = 'comment-receipt' and lower(recipient) like '%target.person%'"));
        assertThat(receipts).isEqualTo(3);
        // The count is kept under a hash, never the address.
        List<?> stored = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "select recipient_hash from comment_receipt_quota").getResultList());
        assertThat(stored).isNotEmpty().allSatisfy(h -> assertThat(h.toString()).doesNotContain("@"));
    }

    @Test
    void finding12_sentEmailIsDeletedAfterThirtyDaysAndMailStillBeingTriedIsKept() {
        Instant now = Instant.now();
        long oldSent = message("old-sent@example.org", now.minus(Duration.ofDays(40)), now.minus(Duration.ofDays(31)), 1);
        long recentSent = message("recent-sent@example.org", now.minus(Duration.ofDays(2)), now.minus(Duration.ofDays(1)), 1);
        long oldGivenUp = message("given-up@example.org", now.minus(Duration.ofDays(40)), null, 10);
        long stillTrying = message("still-trying@example.org", now.minus(Duration.ofDays(40)), null, 3);

        assertThat(retention.purge()).isGreaterThanOrEqualTo(2);
        List<Long> left = QuarkusTransaction.requiringNew().call(() -> OutboxMessage.<OutboxMessage>list(
                "id in ?1", List.of(oldSent, recentSent, oldGivenUp, stillTrying)).stream().map(m -> m.id).toList());
        assertThat(left).containsExactlyInAnyOrder(recentSent, stillTrying);
    }

    @Test
    void finding12_flagsAreCountedUnderAMonthlyKeyOfTheirOwnNotTheCsrfKey() {
        CommentFixtures.Period p = CommentFixtures.openPeriod(Identities.ORLANDO, "Flag keys");
        String tracking = CommentFixtures.comment(p.id(), "Flag me once.", CommentStatus.PUBLISHED);
        FormSession.open("/comments/" + tracking + "/flag").post(Map.of("reason", "spam"))
                .header("X-Forwarded-For", "198.51.100.44").post("/comments/" + tracking + "/flag").then().statusCode(303);
        String flaggedBy = QuarkusTransaction.requiringNew().call(() -> CommentFlag.<CommentFlag>find(
                "comment.trackingNumber", tracking).firstResult().flaggedBy);
        assertThat(flaggedBy).as("not the CSRF-keyed address hash of the rate limiter")
                .isNotEqualTo(limiter.hash("198.51.100.44")).doesNotContain("198.51.100");

        // Keys of months before last month are deleted; this month's stays.
        LocalDate thisMonth = LocalDate.now(ZoneOffset.UTC).withDayOfMonth(1);
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "insert into flag_key (month, secret) values (:m, '\\x00'::bytea) on conflict do nothing")
                .setParameter("m", thisMonth.minusMonths(3)).executeUpdate());
        reporters.forgetOldKeys();
        List<?> months = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "select month from flag_key order by month").getResultList());
        assertThat(months).hasSize(1).first().hasToString(thisMonth.toString());
    }

    private static long message(String to, Instant created, Instant sent, int attempts) {
        return QuarkusTransaction.requiringNew().call(() -> {
            OutboxMessage m = new OutboxMessage();
            m.recipient = to;
            m.kind = "test";
            m.subject = "Subject";
            m.bodyText = "Body for " + to;
            m.createdAt = created;
            m.nextAttemptAt = created;
            m.sentAt = sent;
            m.attempts = attempts;
            m.persist();
            return m.id;
        });
    }
}
