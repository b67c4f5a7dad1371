package org.oversightportal.comments;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.oversightportal.common.PortalConfig;

/**
 * How many receipt emails one recipient has been sent today ({@code portal.comments.receipts-per-address-per-day}).
 * Anyone can type any address into the comment form, so without a cap the portal would mail a stranger, from
 * its own domain, as often as someone submits. Counted in PostgreSQL (one upsert, so every instance shares the
 * count and two submissions at once cannot both take the last receipt), under a SHA-256 of the day and the
 * normalised address, never the address itself (the rows are a day old at most; the outbox keeps the address
 * itself for 30 days, see {@code OutboxRetention}).
 */
@ApplicationScoped
public class ReceiptQuota {

    @Inject
    EntityManager em;

    @Inject
    PortalConfig config;

    @Inject
    Clock clock;

    /** Takes one receipt of today's allowance of the address; false when it is used up (nothing is counted). */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean take(String email) {
        int cap = config.comments().receiptsPerAddressPerDay();
        if (cap <= 0) {
            return false;
        }
        List<?> counted = em.createNativeQuery("""
                insert into comment_receipt_quota (recipient_hash, day, receipts) values (:h, :day, 1)
                on conflict (recipient_hash, day) do update set receipts = comment_receipt_quota.receipts + 1
                where comment_receipt_quota.receipts < :cap
                returning receipts""")
                .setParameter("h", hash(email, today())).setParameter("day", today()).setParameter("cap", cap).getResultList();
        return !counted.isEmpty();
    }

    /** Yesterday's counts are kept (a day that just ended in another time zone); older ones are dropped. */
    @Scheduled(cron = "0 23 * * * ?", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    void removePastDays() {
        // Idempotent: several instances running it at once delete the same rows, nothing else.
        em.createNativeQuery("delete from comment_receipt_quota where day < :before")
                .setParameter("before", today().minusDays(1)).executeUpdate();
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(ZoneId.of(config.timeZone())));
    }

    /**
     * The address as a mailbox receives it: case, surrounding spaces and a "+tag" of the local part do not make
     * another recipient (nor, at Gmail, dots in the local part).
     */
    static String normalise(String email) {
        String address = email.strip().toLowerCase(Locale.ROOT);
        int at = address.lastIndexOf('@');
        if (at <= 0) {
            return address;
        }
        String local = address.substring(0, at);
        String domain = address.substring(at + 1);
        int plus = local.indexOf('+');
        if (plus > 0) {
            local = local.substring(0, plus);
        }
        if (domain.equals("gmail.com") || domain.equals("googlemail.com")) {
            local = local.replace(".", "");
            domain = "gmail.com";
        }
        return local + "@" + domain;
    }

    /** A hash of the day and the normalised address: the same for every spelling of it on that day. */
    static String hash(String email, LocalDate day) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest((day + " " + normalise(email)).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
