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

    @Column(nullable = false)
    public String flaggedBy;

    @Column(nullable = false)
    public Instant createdAt;

    /** Set when a moderator has reviewed the comment since this flag. */
    public Instant reviewedAt;
}
