package org.oversightportal.mail;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** An email waiting to be sent (or sent): written with the change it reports, sent by {@link OutboxSender}. */
@Entity
@Table(name = "email_outbox")
public class OutboxMessage extends PanacheEntity {

    @Column(nullable = false)
    public String recipient;

    /** What the message is about, e.g. comment-receipt; for operators reading the table. */
    @Column(nullable = false)
    public String kind;

    @Column(nullable = false)
    public String subject;

    @Column(nullable = false)
    public String bodyText;

    /** The value of the List-Unsubscribe header, for subscription emails. */
    public String listUnsubscribe;

    @Column(nullable = false)
    public Instant createdAt;

    @Column(nullable = false)
    public Instant nextAttemptAt;

    @Column(nullable = false)
    public int attempts;

    public String lastError;

    public Instant sentAt;
}
