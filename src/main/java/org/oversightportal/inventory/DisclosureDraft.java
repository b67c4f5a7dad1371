package org.oversightportal.inventory;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import java.time.Instant;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.oversightportal.agencies.Agency;

/**
 * An agency's work in progress: a new disclosure, or the next revision of a submitted one. The
 * form is kept exactly as typed (all text, even where it does not parse yet), so saving a draft
 * never loses anything; only submitting validates it. Drafts are never public.
 */
@Entity
public class DisclosureDraft extends PanacheEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public Agency agency;

    /** The submitted disclosure this draft revises; null for a disclosure never submitted. */
    @ManyToOne(fetch = FetchType.LAZY)
    public Disclosure disclosure;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public DisclosureForm form;

    @Column(nullable = false)
    public String createdBy;
    @Column(nullable = false)
    public Instant createdAt;
    @Column(nullable = false)
    public String updatedBy;
    @Column(nullable = false)
    public Instant updatedAt;

    public String title() {
        return form.name == null || form.name.isBlank() ? null : form.name;
    }

    public static List<DisclosureDraft> listForAgency(Agency agency) {
        return list("select d from DisclosureDraft d left join fetch d.disclosure where d.agency = ?1 order by d.updatedAt desc",
                agency);
    }

    public static DisclosureDraft findOpenRevision(Disclosure disclosure) {
        return find("disclosure", disclosure).firstResult();
    }
}
