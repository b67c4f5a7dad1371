package org.oversightportal.reports;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import java.time.Instant;
import org.oversightportal.inventory.Disclosure;

/** A reminder sent about one report's deadline, so that it is never sent twice. */
@Entity
public class ReportReminder extends PanacheEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public Disclosure disclosure;

    @Column(nullable = false)
    public int reportingYear;

    /** due-soon or overdue. */
    @Column(nullable = false)
    public String kind;

    @Column(nullable = false)
    public Instant sentAt;
}
