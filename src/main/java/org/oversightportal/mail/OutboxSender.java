package org.oversightportal.mail;

import io.quarkus.logging.Log;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

/**
 * Sends queued email. Each run claims a batch of due messages with {@code FOR UPDATE SKIP LOCKED}, so
 * that several portal instances draining the same outbox never send one message twice; a failure is
 * retried later with a growing delay, and gives up (keeping the row and its error) after a day of tries.
 * Errors are stored and logged without any email address in them; sent and given-up rows are deleted
 * after {@code portal.mail.keep-sent} by {@link OutboxRetention}.
 */
@ApplicationScoped
@Startup // its gauges exist from the start, not from the first send
public class OutboxSender {

    static final int BATCH = 50;
    static final int MAX_ATTEMPTS = 10;

    @Inject
    Mailer mailer;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    /** Unsent messages, the age of the oldest in seconds, and those given up on: read by Prometheus. */
    private final AtomicLong pending = new AtomicLong();
    private final AtomicLong oldestPendingSeconds = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();

    @Inject
    void registerGauges(MeterRegistry registry) {
        Gauge.builder("portal.email.outbox.pending", pending, AtomicLong::get)
                .description("Emails queued and not yet sent").register(registry);
        Gauge.builder("portal.email.outbox.oldest.pending", oldestPendingSeconds, AtomicLong::get).baseUnit("seconds")
                .description("Age of the oldest unsent email").register(registry);
        Gauge.builder("portal.email.outbox.failed", failed, AtomicLong::get)
                .description("Emails given up on after " + MAX_ATTEMPTS + " attempts").register(registry);
    }

    @Scheduled(every = "${portal.mail.send-every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            delayed = "5s")
    void scheduled() {
        sendDue();
        measureBacklog();
    }

    /** Updates the outbox gauges (one query on the unsent rows' partial index). */
    @Transactional
    void measureBacklog() {
        Object[] row = (Object[]) em.createNativeQuery("""
                select count(*) filter (where attempts < :max), count(*) filter (where attempts >= :max),
                       coalesce(extract(epoch from (:now - min(created_at) filter (where attempts < :max))), 0)
                from email_outbox where sent_at is null""")
                .setParameter("max", MAX_ATTEMPTS).setParameter("now", Instant.now(clock)).getSingleResult();
        pending.set(((Number) row[0]).longValue());
        failed.set(((Number) row[1]).longValue());
        oldestPendingSeconds.set(((Number) row[2]).longValue());
    }

    /** Sends what is due now; returns how many messages were sent. */
    @Transactional
    public int sendDue() {
        Instant now = Instant.now(clock);
        @SuppressWarnings("unchecked")
        List<OutboxMessage> due = em.createNativeQuery("""
                select * from email_outbox
                where sent_at is null and attempts < :max and next_attempt_at <= :now
                order by next_attempt_at, id limit :batch for update skip locked""", OutboxMessage.class)
                .setParameter("max", MAX_ATTEMPTS).setParameter("now", now).setParameter("batch", BATCH)
                .getResultList();
        int sent = 0;
        for (OutboxMessage m : due) {
            m.attempts++;
            try {
                Mail mail = Mail.withText(m.recipient, m.subject, m.bodyText);
                if (m.listUnsubscribe != null) {
                    mail.addHeader("List-Unsubscribe", m.listUnsubscribe);
                    mail.addHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
                }
                mailer.send(mail);
                m.sentAt = Instant.now(clock);
                m.lastError = null;
                sent++;
            } catch (RuntimeException e) {
                // Never an address in the log or the table: SMTP servers quote the recipient in their
                // refusals ("550 <someone@example.org>: unknown"), and the message id finds the row.
                String error = scrub(describe(e), m.recipient);
                Log.warnf("Email %d (%s) not sent, attempt %d: %s", m.id, m.kind, m.attempts, error);
                m.lastError = error;
                m.nextAttemptAt = now.plus(Duration.ofMinutes(1L << Math.min(m.attempts, 10)));
            }
        }
        return sent;
    }

    /** Anything that looks like an email address, with or without angle brackets or a mailto: before it. */
    private static final Pattern ADDRESS = Pattern.compile("[^\\s<>()\\[\\],;:\"'@]+@[^\\s<>()\\[\\],;:\"'@]+");

    /** The error and its causes' messages, as the mail client gives them (the cause usually holds the server's words). */
    static String describe(Throwable e) {
        StringBuilder text = new StringBuilder(String.valueOf(e.getMessage()));
        for (Throwable cause = e.getCause(); cause != null && cause != e && text.length() < 2000; cause = cause.getCause()) {
            if (cause.getMessage() != null && !text.toString().contains(cause.getMessage())) {
                text.append(" / ").append(cause.getMessage());
            }
        }
        return text.toString();
    }

    /** The text with every email address, and the recipient however it is written, replaced by "[address]". */
    static String scrub(String text, String recipient) {
        if (text == null) {
            return null;
        }
        String scrubbed = text;
        if (recipient != null && !recipient.isBlank()) {
            scrubbed = Pattern.compile(Pattern.quote(recipient.strip()), Pattern.CASE_INSENSITIVE).matcher(scrubbed)
                    .replaceAll("[address]");
        }
        return ADDRESS.matcher(scrubbed).replaceAll("[address]");
    }
}
