package org.oversightportal.board;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.oversightportal.inventory.Disclosure;
import org.oversightportal.reports.AnnualReport;

/**
 * The oversight body's review of one disclosure revision or one annual report: the hearing, the
 * decision, the vote and the reasons. Public; it moves the technology's status.
 */
@Entity
public class BoardReview extends PanacheEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public Disclosure disclosure;

    /** The revision reviewed, for a decision on a disclosure. */
    public Integer disclosureRevision;

    /** The report reviewed, for a decision on an annual report. */
    @ManyToOne(fetch = FetchType.LAZY)
    public AnnualReport annualReport;

    /** The revision of that report reviewed: an amendment submitted after the decision is reviewed again. */
    public Integer annualReportRevision;

    @Column(nullable = false)
    public LocalDate hearingDate;

    @Column(nullable = false)
    public String hearingPlace;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Decision decision;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<String> conditions = new ArrayList<>();

    @Column(nullable = false)
    public boolean consentAgenda;

    public Integer votesFor;
    public Integer votesAgainst;
    public Integer votesAbstain;

    public String legislation;

    @Column(nullable = false)
    public String rationale;

    @Column(nullable = false)
    public String decidedBy;

    @Column(nullable = false)
    public Instant decidedAt;

    /** The vote as the minutes would say it. */
    public String voteSummary() {
        if (consentAgenda) {
            return null;
        }
        return (votesFor == null ? 0 : votesFor) + "–" + (votesAgainst == null ? 0 : votesAgainst) + "–"
                + (votesAbstain == null ? 0 : votesAbstain);
    }

    public String reportYear() {
        return annualReport == null ? null : String.valueOf(annualReport.reportingYear);
    }

    public String revisionNumber() {
        return disclosureRevision == null ? null : String.valueOf(disclosureRevision);
    }

    public boolean isOnReport() {
        return annualReport != null;
    }
}
