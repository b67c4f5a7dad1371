package org.oversightportal.comments;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import java.time.Instant;
import java.util.Optional;
import org.oversightportal.inventory.Disclosure;

/** The time during which residents may comment on a submitted disclosure, before the board decides. */
@Entity
public class CommentPeriod extends PanacheEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public Disclosure disclosure;

    @Column(nullable = false)
    public Instant opensAt;

    @Column(nullable = false)
    public Instant closesAt;

    @Column(nullable = false)
    public String createdBy;

    @Column(nullable = false)
    public Instant createdAt;

    @Column(nullable = false)
    public Instant updatedAt;

    /** Why the dates were last changed by a moderator or an admin, shown with the deadline. */
    public String changeNote;
    public String changedBy;
    public Instant changedAt;

    public boolean isOpenAt(Instant now) {
        return !now.isBefore(opensAt) && now.isBefore(closesAt);
    }

    /** The disclosure's latest period, if it has one. */
    public static Optional<CommentPeriod> latestFor(Disclosure disclosure) {
        return find("disclosure = ?1 order by closesAt desc", disclosure).firstResultOptional();
    }
}
