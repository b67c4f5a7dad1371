package org.oversightportal.reports;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.hibernate.envers.RelationTargetAuditMode;
import org.hibernate.type.SqlTypes;
import org.oversightportal.inventory.Disclosure;

/**
 * The annual use report of one technology for one reporting year (ordinances.md §2). Public once
 * submitted; until then, and while an amendment is in progress, the form as typed lives in
 * {@link #draftForm}, which is never public and not part of the history.
 */
@Entity
@Audited
public class AnnualReport extends PanacheEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    public Disclosure disclosure;

    @Column(nullable = false)
    public int reportingYear;

    public Instant submittedAt;
    public String submittedBy;
    public Instant firstSubmittedAt;
    @Column(nullable = false)
    public int revision;

    @NotAudited
    @JdbcTypeCode(SqlTypes.JSON)
    public ReportForm draftForm;
    @NotAudited
    public Instant draftUpdatedAt;
    @NotAudited
    public String draftUpdatedBy;

    public String usageSummary;
    public String dataCollected;
    @Enumerated(EnumType.STRING)
    public NonSuspects capturedNonSuspects;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<ReportParts.UsageCount> usageCounts = new ArrayList<>();
    public String geographicBreakdown;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<ReportParts.SharingRecord> sharing = new ArrayList<>();
    public String newSharingAgreements;

    public Integer complaintsCount;
    public String complaintsSummary;
    public String policyAdequate;
    public String internalAudits;
    public Integer violationsCount;
    public String violationsActions;
    public Integer breachesCount;
    public String breachesSummary;
    public Integer recordsRequestsCount;

    public String effectiveness;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<ReportParts.Statistic> effectivenessStatistics = new ArrayList<>();
    public String disparateImpact;

    public BigDecimal totalCost;
    public BigDecimal personnelCost;
    public String nextYearFunding;
    public String requestedPolicyChanges;
    public String newProducts;

    public String yearText() {
        return String.valueOf(reportingYear);
    }

    public String revisionText() {
        return String.valueOf(revision);
    }

    /** An extension of the deadline granted by the board (not part of the report's history). */
    @NotAudited
    public Integer extensionDays;
    @NotAudited
    public String extensionReason;
    @NotAudited
    public String extensionGrantedBy;
    @NotAudited
    public Instant extensionGrantedAt;

    public boolean isSubmitted() {
        return submittedAt != null;
    }

    public boolean hasDraft() {
        return draftForm != null;
    }

    public static Optional<AnnualReport> find(Disclosure disclosure, int year) {
        return find("disclosure = ?1 and reportingYear = ?2", disclosure, year).firstResultOptional();
    }

    /** The reports of a technology that are submitted or carry an extension, oldest year first. */
    public static List<AnnualReport> recordedFor(Disclosure disclosure) {
        return list("disclosure = ?1 and (submittedAt is not null or extensionDays is not null) order by reportingYear",
                disclosure);
    }
}
