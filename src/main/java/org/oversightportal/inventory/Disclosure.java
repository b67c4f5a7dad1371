package org.oversightportal.inventory;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.type.SqlTypes;
import org.oversightportal.agencies.Agency;
import org.oversightportal.inventory.Parts.CostItem;
import org.oversightportal.inventory.Parts.DataSource;
import org.oversightportal.inventory.Parts.DeploymentLocation;
import org.oversightportal.inventory.Parts.FundingSource;
import org.oversightportal.inventory.Parts.SharingPartner;
import org.oversightportal.inventory.Parts.SourceLink;
import org.oversightportal.vendors.Vendor;

/**
 * A surveillance technology as its agency disclosed it: the impact report and use policy of
 * ordinances.md section 1. A row exists only once the agency has submitted it, so everything in
 * this table is public; work in progress lives in {@link DisclosureDraft}. Every submission is an
 * Envers revision, which is the public history of the record.
 */
@Entity
@Audited
public class Disclosure extends PanacheEntity {

    @Column(nullable = false, unique = true, updatable = false)
    public String slug;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public Agency agency;

    // Identification
    @Column(nullable = false)
    public String name;
    public String product;
    @ManyToOne(fetch = FetchType.LAZY)
    public Vendor vendor;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Category category;
    @Column(nullable = false)
    public String description;

    // Purpose and use
    @Column(nullable = false)
    public String purpose;
    @Column(nullable = false)
    public String authorizedUses;
    @Column(nullable = false)
    public String prohibitedUses;
    public String benefits;
    public String legalAuthority;

    // Capabilities
    public boolean capFaceRecognition;
    public boolean capRealTime;
    public boolean capPersonTracking;
    public boolean capAudioCapture;
    public boolean capVideoAnalytics;
    public boolean capSentimentAnalysis;
    public boolean capTranscription;
    public String otherCapabilities;

    // Data
    @Column(nullable = false)
    public String dataTypes;
    public String dataMinimization;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<DataSource> dataSources = new ArrayList<>();
    /** Days the data is kept; null when {@link #retentionIndefinite}. */
    public Integer retentionDays;
    public boolean retentionIndefinite;
    @Column(nullable = false)
    public String deletionPractice;
    @Column(nullable = false)
    public String accessControls;
    public String auditOfUse;
    public String publicAccess;

    // Hosting and custody
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public HostingType hostingType;
    @ManyToOne(fetch = FetchType.LAZY)
    public Vendor hostingProvider;
    public String hostingRegion;
    public String hostingCertifications;

    // Sharing and deployment
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<SharingPartner> sharingPartners = new ArrayList<>();
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<DeploymentLocation> deploymentLocations = new ArrayList<>();

    // Costs and funding
    public BigDecimal costInitial;
    public BigDecimal costAnnual;
    public BigDecimal costPersonnel;
    @Column(nullable = false, length = 3)
    public String currency = "USD";
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<CostItem> costItems = new ArrayList<>();
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<FundingSource> fundingSources = new ArrayList<>();

    // Contract and vendor relationship
    public LocalDate contractStart;
    public LocalDate contractRenewal;
    public LocalDate contractEnd;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public NdaStatus ndaStatus;
    /** The NDA obliges the agency to tell the vendor about public-records requests. */
    public boolean ndaRequiresRecordsNotice;
    /** Anything else the agency owes the vendor, e.g. promoting the product to other agencies. */
    public String vendorObligations;

    // Assessments and oversight
    @Column(nullable = false)
    public String civilLibertiesAssessment;
    public String trainingAndOversight;
    public String alternativesConsidered;

    // Status and approval
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public LifecycleStatus lifecycleStatus;
    public String retiredReason;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ApprovalStatus approvalStatus = ApprovalStatus.NOT_REVIEWED;
    public String approvalBody;
    public LocalDate approvalDate;
    public String approvalLegislation;
    public String approvalVote;
    public String approvalConditions;
    /**
     * When a revision of a decided disclosure widened what the board decided, the aspects it changed
     * ({@link MaterialChange.Aspect} codes, comma-separated) while it waits for the board; otherwise null.
     */
    public String materialChanges;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<SourceLink> sourceLinks = new ArrayList<>();

    // Submission bookkeeping
    /** 1 for the first submission, then one more for each submitted change. */
    public int revision;
    @Column(nullable = false)
    public Instant firstSubmittedAt;
    @Column(nullable = false)
    public Instant submittedAt;
    /** The username of who submitted it: for the portal's own records only, never shown (review finding 12). */
    @Column(nullable = false)
    public String submittedBy;
    /** The display name of who submitted it, as their token gave it; null when it gave none (or before V14). */
    public String submittedByName;

    /** Who submitted this revision, as the public sees it: the staff member's display name, or the agency's. */
    public String submitter() {
        return submittedByName != null && !submittedByName.isBlank() ? submittedByName : agency.name;
    }

    public Set<Capability> capabilities() {
        Set<Capability> set = EnumSet.noneOf(Capability.class);
        if (capFaceRecognition) set.add(Capability.FACE_RECOGNITION);
        if (capRealTime) set.add(Capability.REAL_TIME);
        if (capPersonTracking) set.add(Capability.PERSON_TRACKING);
        if (capAudioCapture) set.add(Capability.AUDIO_CAPTURE);
        if (capVideoAnalytics) set.add(Capability.VIDEO_ANALYTICS);
        if (capSentimentAnalysis) set.add(Capability.SENTIMENT_ANALYSIS);
        if (capTranscription) set.add(Capability.TRANSCRIPTION);
        return set;
    }

    public void setCapabilities(Set<Capability> set) {
        capFaceRecognition = set.contains(Capability.FACE_RECOGNITION);
        capRealTime = set.contains(Capability.REAL_TIME);
        capPersonTracking = set.contains(Capability.PERSON_TRACKING);
        capAudioCapture = set.contains(Capability.AUDIO_CAPTURE);
        capVideoAnalytics = set.contains(Capability.VIDEO_ANALYTICS);
        capSentimentAnalysis = set.contains(Capability.SENTIMENT_ANALYSIS);
        capTranscription = set.contains(Capability.TRANSCRIPTION);
    }

    public String revisionText() {
        return String.valueOf(revision);
    }

    /** In use (or piloted) without the oversight body's approval: what ordinances forbid. */
    public boolean inUseWithoutApproval() {
        boolean inUse = lifecycleStatus == LifecycleStatus.IN_USE || lifecycleStatus == LifecycleStatus.PILOT;
        return inUse && !approvalStatus.isApproved();
    }

    /** The aspects a material revision changed, for the page's notice (empty unless back before the board). */
    public List<MaterialChange.Aspect> materialChangeList() {
        if (materialChanges == null || materialChanges.isBlank()) {
            return List.of();
        }
        return java.util.Arrays.stream(materialChanges.split(",\\s*"))
                .map(code -> org.oversightportal.common.Labelled.fromCode(MaterialChange.Aspect.class, code))
                .filter(java.util.Objects::nonNull).toList();
    }

    /** The disclosure with this slug; nothing for text that cannot be a slug (it never reaches the database). */
    public static Optional<Disclosure> findBySlug(String slug) {
        if (!org.oversightportal.common.Slugs.isValid(slug)) {
            return Optional.empty();
        }
        return find("""
                select d from Disclosure d join fetch d.agency
                left join fetch d.vendor v left join fetch v.parent
                left join fetch d.hostingProvider where d.slug = ?1""", slug).firstResultOptional();
    }
}
