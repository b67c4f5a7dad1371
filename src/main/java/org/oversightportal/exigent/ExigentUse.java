package org.oversightportal.exigent;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import java.time.Instant;
import java.time.LocalDate;
import org.oversightportal.agencies.Agency;
import org.oversightportal.inventory.Disclosure;

/**
 * A surveillance technology used in an emergency without prior approval. It counts against the
 * agency's compliance until the agency reports on it (how it was used, what data it kept).
 */
@Entity
public class ExigentUse extends PanacheEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public Agency agency;

    /** The technology in the inventory, when it is there. */
    @ManyToOne(fetch = FetchType.LAZY)
    public Disclosure disclosure;

    @Column(nullable = false)
    public String technologyName;

    @Column(nullable = false)
    public LocalDate startedOn;

    public LocalDate endedOn;

    @Column(nullable = false)
    public String reason;

    @Column(nullable = false)
    public String dataKept;

    @Column(nullable = false)
    public String recordedBy;

    @Column(nullable = false)
    public Instant recordedAt;

    public String reportText;
    public String reportedBy;
    public Instant reportedAt;

    public boolean isReported() {
        return reportedAt != null;
    }
}
