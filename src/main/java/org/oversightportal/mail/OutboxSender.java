package org.oversightportal.mail;

import io.quarkus.logging.Log;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Sends queued email. Each run claims a batch of due messages with {@code FOR UPDATE SKIP LOCKED}, so
 * that several portal instances draining the same outbox never send one message twice; a failure is
 * retried later with a growing delay, and gives up (keeping the row and its error) after a day of tries.
 */
@ApplicationScoped
public class OutboxSender {

    static final int BATCH = 50;
    static final int MAX_ATTEMPTS = 10;

    @Inject
    Mailer mailer;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Scheduled(every = "${portal.mail.send-every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            delayed = "5s")
    void scheduled() {
        sendDue();
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
                // Never the address in the log: the message id is enough to find the row.
                Log.warnf("Email %d (%s) not sent, attempt %d: %s", m.id, m.kind, m.attempts, e.getMessage());
                m.lastError = String.valueOf(e.getMessage());
                m.nextAttemptAt = now.plus(Duration.ofMinutes(1L << Math.min(m.attempts, 10)));
            }
        }
        return sent;
    }
}
