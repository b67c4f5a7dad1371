package org.oversightportal.mail;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import org.oversightportal.common.PortalConfig;

/**
 * Deletes outbox rows once they are of no more use: every row holds a recipient's address and the whole
 * message, and a sent one (or one given up on after {@link OutboxSender#MAX_ATTEMPTS} tries, which take
 * about a day) is kept only {@code portal.mail.keep-sent} (30 days), for operators answering "did my email
 * go out?". Messages still being tried are never deleted. Runs daily ({@code portal.mail.purge-cron}) on one
 * instance at a time, under a PostgreSQL advisory lock like the portal's other jobs.
 */
@ApplicationScoped
public class OutboxRetention {

    /** The advisory lock key of this job (any constant unique to it): "OUTBOXRT". */
    static final long LOCK = 0x4f5554424f585254L;

    @Inject
    EntityManager em;

    @Inject
    PortalConfig config;

    @Inject
    Clock clock;

    @Scheduled(cron = "${portal.mail.purge-cron}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void daily() {
        purge();
    }

    /** Deletes what is past its keeping; returns how many rows, or -1 if another instance holds the job. */
    @Transactional
    public int purge() {
        Boolean locked = (Boolean) em.createNativeQuery("select pg_try_advisory_xact_lock(:key)")
                .setParameter("key", LOCK).getSingleResult();
        if (!Boolean.TRUE.equals(locked)) {
            return -1;
        }
        Instant before = Instant.now(clock).minus(config.mail().keepSent());
        return em.createNativeQuery("""
                delete from email_outbox
                where (sent_at is not null and sent_at < :before)
                   or (sent_at is null and attempts >= :max and created_at < :before)""")
                .setParameter("before", before).setParameter("max", OutboxSender.MAX_ATTEMPTS).executeUpdate();
    }
}
