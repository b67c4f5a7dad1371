package org.oversightportal.thirdparty;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;
import org.hibernate.type.SqlTypes;
import org.oversightportal.agencies.Agency;
import org.oversightportal.inventory.Category;
import org.oversightportal.inventory.Disclosure;
import org.oversightportal.inventory.Parts.SourceLink;

/**
 * A technology a third party (the Atlas of Surveillance) reports an agency uses. It is public, but
 * always shown as the third party's claim, apart from the agency's own disclosures, until the
 * agency's staff confirm it (opening a draft disclosure from it) or dispute it with a reason.
 */
@Entity
@Audited
public class ThirdPartyEntry extends PanacheEntity {

    public static final String ATLAS = "Atlas of Surveillance";

    @Column(nullable = false)
    public String source;

    /** The source's own identifier of the entry (the Atlas's AOSNUMBER). */
    @Column(nullable = false)
    public String sourceId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public Agency agency;

    /** The technology as the source names it, for example "ALPR". */
    @Column(nullable = false)
    public String technology;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Category category;

    public String vendorName;
    public String summary;
    /** City, county and state as the source gives them. */
    public String reportedPlace;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<SourceLink> links = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public EntryStatus status;

    public String disputeReason;
    public String decidedBy;
    public Instant decidedAt;

    /** The draft opened on confirming, until it is submitted (submitting deletes a draft). */
    public Long draftId;

    /** The disclosure the confirming draft became. */
    @ManyToOne(fetch = FetchType.LAZY)
    public Disclosure disclosure;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "import_id")
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    public ThirdPartyImport fromImport;

    @Column(nullable = false)
    public Instant createdAt;

    public static List<ThirdPartyEntry> listForAgency(Agency agency) {
        return list("select e from ThirdPartyEntry e left join fetch e.disclosure where e.agency = ?1 "
                + "order by e.status, e.category, e.id", agency);
    }

    /** Entries for the public list, newest first, optionally of one status. */
    public static List<ThirdPartyEntry> listPublic(EntryStatus status, int limit) {
        String where = status == null ? "" : " where e.status = :status";
        var query = getEntityManager().createQuery("select e from ThirdPartyEntry e join fetch e.agency "
                + "left join fetch e.disclosure" + where + " order by lower(e.agency.name), e.category, e.id",
                ThirdPartyEntry.class).setMaxResults(limit);
        if (status != null) {
            query.setParameter("status", status);
        }
        return query.getResultList();
    }

    /** Called when a draft is submitted: an entry confirmed into that draft now points to the disclosure. */
    public static void draftSubmitted(long draftId, Disclosure disclosure) {
        update("disclosure = ?1, draftId = null where draftId = ?2", disclosure, draftId);
    }

    public String firstLink() {
        return links.isEmpty() ? null : links.get(0).url();
    }
}
