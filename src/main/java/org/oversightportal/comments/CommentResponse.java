package org.oversightportal.comments;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.OneToOne;
import java.time.Instant;

/**
 * The owning agency's official response to the comments of a closed period. Staff write Markdown;
 * the page shows {@link #bodyHtml}, rendered and sanitized when saved.
 */
@Entity
public class CommentResponse extends PanacheEntity {

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    public CommentPeriod period;

    @Column(nullable = false)
    public String bodyMarkdown;

    @Column(nullable = false)
    public String bodyHtml;

    @Column(nullable = false)
    public String publishedBy;

    @Column(nullable = false)
    public Instant publishedAt;

    @Column(nullable = false)
    public Instant updatedAt;
}
