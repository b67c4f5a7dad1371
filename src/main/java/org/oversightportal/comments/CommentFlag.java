package org.oversightportal.comments;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import java.time.Instant;

/**
 * A resident's report that a published comment breaks the rules. Who flagged is kept only as a keyed
 * hash of their address: enough to count one flag per person, not enough to identify anyone.
 */
@Entity
public class CommentFlag extends PanacheEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public PublicComment comment;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public RejectReason reason;

    /** The reporter's key of the month ({@link FlagReporters}): one flag per person and comment. */
    @Column(nullable = false)
    public String flaggedBy;

    /** The reporter's network's key of the month; null on flags older than the rule. */
    public String reporterNetwork;

    @Column(nullable = false)
    public Instant createdAt;

    /** Set when a moderator has reviewed the comment since this flag. */
    public Instant reviewedAt;
}
