package org.oversightportal.common;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;

/** One line of the audit log: who did what to which record, when, and whether it was allowed. */
@Entity
@Table(name = "audit_log")
public class AuditEntry extends PanacheEntity {

    public enum Outcome { OK, DENIED }

    @Column(nullable = false)
    public Instant at;
    @Column(nullable = false)
    public String actor;
    public String actorAgency;
    @Column(nullable = false)
    public String action;
    @Column(nullable = false)
    public String targetType;
    public String targetId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Outcome outcome;
    public String detail;

    public static List<AuditEntry> latest(int max) {
        return find("order by at desc, id desc").page(0, max).list();
    }
}
