package org.oversightportal.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;

/**
 * Queues an email in the caller's transaction: it is sent (by {@link OutboxSender}) only if the change
 * it reports is committed, and a mail server that is down delays it instead of failing the request.
 */
@ApplicationScoped
public class Outbox {

    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.MANDATORY)
    public OutboxMessage enqueue(String recipient, String kind, String subject, String bodyText) {
        OutboxMessage m = new OutboxMessage();
        m.recipient = recipient;
        m.kind = kind;
        m.subject = subject;
        m.bodyText = bodyText;
        m.createdAt = Instant.now(clock);
        m.nextAttemptAt = m.createdAt;
        m.persist();
        return m;
    }
}
