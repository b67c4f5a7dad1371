package org.oversightportal.comments;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.oversightportal.common.ClientAddress;

/**
 * Who flagged, as a flag records it (security review findings 3 and 12): a keyed hash of the client's
 * counted address ({@link ClientAddress}: IPv4, or the IPv6 /64) and one of its wider network. The key is the
 * flags' own, not the CSRF key: a random secret per month in {@code flag_key}, made by whichever instance
 * needs it first and shared by all. Keys older than last month are deleted, after which nobody, not even with
 * the database and a list of addresses, can tell who flagged. Within a month one person flags a comment once.
 */
@ApplicationScoped
public class FlagReporters {

    /** A reporter as stored: the person's key and their network's key. */
    public record Reporter(String key, String network) {
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    ClientAddress clients;

    /** The current request's reporter; a request without a readable address counts as one unknown reporter. */
    @Transactional
    public Reporter current() {
        ClientAddress.Client client = clients.current();
        byte[] secret = secret(month());
        String key = client == null ? "unknown" : client.key();
        String network = client == null ? "unknown" : client.network();
        return new Reporter(hmac(secret, "reporter:" + key), hmac(secret, "network:" + network));
    }

    private LocalDate month() {
        return LocalDate.now(clock.withZone(ZoneOffset.UTC)).withDayOfMonth(1);
    }

    private byte[] secret(LocalDate month) {
        byte[] fresh = new byte[32];
        RANDOM.nextBytes(fresh);
        // Two instances at once: one insert wins, both read the same secret.
        em.createNativeQuery("insert into flag_key (month, secret) values (:m, :s) on conflict (month) do nothing")
                .setParameter("m", month).setParameter("s", fresh).executeUpdate();
        List<?> rows = em.createNativeQuery("select secret from flag_key where month = :m").setParameter("m", month)
                .getResultList();
        return (byte[]) rows.get(0);
    }

    @Scheduled(cron = "0 41 2 * * ?", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void nightly() {
        forgetOldKeys();
    }

    /** Deletes the keys of months before last month (idempotent, so every instance may run it). */
    @Transactional
    public int forgetOldKeys() {
        return em.createNativeQuery("delete from flag_key where month < :keep")
                .setParameter("keep", month().minusMonths(1)).executeUpdate();
    }

    private static String hmac(byte[] secret, String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)), 0, 24);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
