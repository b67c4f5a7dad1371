package org.oversightportal.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;

/**
 * Queues an email in the caller's transaction: it is sent (by {@link OutboxSender}) only if the change
 * it reports is committed, and a mail server that is down delays it instead of failing the request. The
 * subject is made one line here, for every sender.
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
        m.subject = oneLine(subject);
        m.bodyText = bodyText;
        m.createdAt = Instant.now(clock);
        m.nextAttemptAt = m.createdAt;
        m.persist();
        return m;
    }

    /**
     * A subject as one header line: every line break (CR, LF, NEL, the Unicode separators) and other control
     * character becomes a space, whatever the caller put in it (subjects name technologies, agencies and
     * vendors). A line break there would end the Subject header and start headers of the sender's choosing.
     */
    static String oneLine(String subject) {
        return subject == null ? null
                : subject.replaceAll("[ \\t]*[\\p{Cntrl}\\u0085\\u2028\\u2029]+[ \\t]*", " ").strip();
    }
}
