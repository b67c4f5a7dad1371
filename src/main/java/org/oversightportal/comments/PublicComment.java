package org.oversightportal.comments;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import java.time.Instant;
import java.util.Optional;

/**
 * A resident's comment. The email address, when given, is only for the receipt and the status
 * notice: it is never shown or exported.
 */
@Entity
public class PublicComment extends PanacheEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public CommentPeriod period;

    @Column(nullable = false, unique = true)
    public String trackingNumber;

    public String displayName;

    public String email;

    @Column(nullable = false)
    public String body;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public CommentStatus status = CommentStatus.PENDING;

    @Enumerated(EnumType.STRING)
    public RejectReason rejectReason;

    public String moderatorNote;
    public String moderatedBy;
    public Instant moderatedAt;

    @Column(nullable = false)
    public Instant submittedAt;

    /** Same for texts that differ only in case, spaces and punctuation; computed by PostgreSQL. */
    @Column(insertable = false, updatable = false)
    public String fingerprint;

    /** The language the resident wrote in; their receipt and status notices use it. */
    @Column(nullable = false)
    public String locale = "en";

    /** Flags since the last moderator review. */
    @Column(nullable = false)
    public int openFlags;

    /** The owning agency's answer to this comment, shown beneath it. */
    public String agencyAnswer;
    public String answeredBy;
    public Instant answeredAt;

    /**
     * SHA-256 (hex) of the secret in the author's receipt link: the link shows the author their text whatever
     * its status, while the public tracking number shows the text only once it is published.
     */
    public String receiptTokenHash;

    /** The text may be shown to anyone: published and not since hidden, flagged or removed. */
    public boolean textIsPublic() {
        return status == CommentStatus.PUBLISHED;
    }

    public static Optional<PublicComment> findByTrackingNumber(String trackingNumber) {
        return find("""
                select c from PublicComment c join fetch c.period p join fetch p.disclosure d join fetch d.agency
                where c.trackingNumber = ?1""", trackingNumber).firstResultOptional();
    }
}
