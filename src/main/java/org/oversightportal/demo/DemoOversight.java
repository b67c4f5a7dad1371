package org.oversightportal.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.oversightportal.agencies.Agency;
import org.oversightportal.board.BoardReview;
import org.oversightportal.board.Decision;
import org.oversightportal.exigent.ExigentUse;
import org.oversightportal.inventory.Disclosure;
import org.oversightportal.reports.AnnualReport;
import org.oversightportal.reports.NonSuspects;
import org.oversightportal.reports.ReportParts;

/**
 * Demo oversight records, written for the demo: the council's approval of Harbor City's plate readers,
 * their 2024 annual report and the board's decision on it (the 2025 report is left overdue), an
 * exigent use of a drone by the sheriff, and contact addresses for the reminder emails.
 */
@ApplicationScoped
public class DemoOversight {

    static final String HARBOR_ALPR = "harbor-city-police-automated-license-plate-readers";

    @Transactional
    public void load(Instant now) {
        Disclosure alpr = Disclosure.findBySlug(HARBOR_ALPR).orElseThrow();
        alpr.agency.contactEmail = "surveillance-ordinance@harbor-city.example";
        decisions(alpr);
        reportDecision(alpr, annualReport(alpr));
        exigentUse(now);
    }

    /** The council's decisions on revisions 1 and 2 of the Harbor City readers. */
    private static void decisions(Disclosure alpr) {
        BoardReview approval = new BoardReview();
        approval.disclosure = alpr;
        approval.disclosureRevision = 1;
        approval.hearingDate = alpr.approvalDate;
        approval.hearingPlace = "City Hall, Council Chambers";
        approval.decision = Decision.APPROVE_WITH_CONDITIONS;
        approval.conditions = List.of("No data shared for immigration enforcement.", "An annual audit is published.");
        approval.votesFor = 5;
        approval.votesAgainst = 2;
        approval.votesAbstain = 0;
        approval.legislation = alpr.approvalLegislation;
        approval.rationale = "The readers helped recover stolen vehicles in the pilot; the conditions answer the "
                + "concerns raised in public comment about sharing with federal agencies.";
        approval.decidedBy = "board";
        approval.decidedAt = alpr.approvalDate.atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
        approval.persist();

        // Revision 2 (a year's retention, the state fusion center) widened what was approved: the council
        // decided on it too, keeping the conditions.
        BoardReview second = new BoardReview();
        second.disclosure = alpr;
        second.disclosureRevision = 2;
        second.hearingDate = LocalDate.of(2025, 1, 14);
        second.hearingPlace = "City Hall, Council Chambers";
        second.decision = Decision.APPROVE_WITH_CONDITIONS;
        second.conditions = approval.conditions;
        second.votesFor = 4;
        second.votesAgainst = 3;
        second.votesAbstain = 0;
        second.legislation = "Resolution 2025-009";
        second.rationale = "The longer retention is limited to reads attached to a case; sharing with the state fusion "
                + "center needs a case number, and the conditions of the first approval still apply.";
        second.decidedBy = "board";
        second.decidedAt = second.hearingDate.atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
        second.persist();
    }

    private static AnnualReport annualReport(Disclosure alpr) {
        AnnualReport report = new AnnualReport();
        report.disclosure = alpr;
        report.reportingYear = 2024;
        report.revision = 1;
        report.submittedAt = LocalDate.of(2025, 3, 10).atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
        report.firstSubmittedAt = report.submittedAt;
        report.submittedBy = "staff-harbor-city";
        report.usageSummary = "Twelve fixed readers at the city's entrances and four on patrol cars, used to find "
                + "stolen vehicles and vehicles named in Amber alerts.";
        report.dataCollected = "About 1.9 million plate reads from June to December 2024, with photographs of the "
                + "vehicles; 30-day retention for reads that match no hotlist.";
        report.capturedNonSuspects = NonSuspects.YES;
        report.usageCounts = List.of(new ReportParts.UsageCount("Plates read", 1_900_000),
                new ReportParts.UsageCount("Hotlist hits", 1_240), new ReportParts.UsageCount("Stops made", 212));
        report.sharing = List.of(new ReportParts.SharingRecord("County Sheriff's Office", "Monthly",
                "Hotlist hits only", "Written request with a case number"));
        report.complaintsCount = 3;
        report.complaintsSummary = "Two residents asked whether reads were shared with federal agencies; one wrong stop.";
        report.policyAdequate = "Adequate, with one change requested: notify residents after a wrong stop.";
        report.internalAudits = "Quarterly audit of 100 random searches by the Inspector General.";
        report.violationsCount = 1;
        report.violationsActions = "One search without a case number: the officer was retrained.";
        report.breachesCount = 0;
        report.recordsRequestsCount = 7;
        report.effectiveness = "Stolen vehicles recovered rose compared with 2023.";
        report.effectivenessStatistics = List.of(new ReportParts.Statistic("Stolen vehicles recovered",
                BigDecimal.valueOf(41), "vehicles"));
        report.totalCost = new BigDecimal("184000.00");
        report.personnelCost = new BigDecimal("62000.00");
        report.nextYearFunding = "General fund.";
        report.requestedPolicyChanges = "Notify residents after a wrong stop.";
        report.persist();
        return report;
    }

    private static void reportDecision(Disclosure alpr, AnnualReport report) {
        BoardReview onReport = new BoardReview();
        onReport.disclosure = alpr;
        onReport.annualReport = report;
        onReport.annualReportRevision = report.revision;
        onReport.hearingDate = LocalDate.of(2025, 5, 8);
        onReport.hearingPlace = "City Hall, Hearing Room 1";
        onReport.decision = Decision.CONTINUE;
        onReport.consentAgenda = true;
        onReport.legislation = "Resolution 2025-044";
        onReport.rationale = "The report is complete and the audit found one violation, handled.";
        onReport.decidedBy = "board";
        onReport.decidedAt = LocalDate.of(2025, 5, 8).atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
        onReport.persist();
    }

    private static void exigentUse(Instant now) {
        Agency sheriff = Agency.findBySlug("washington-county-sheriff").orElseThrow();
        sheriff.contactEmail = "ordinance@washington-county.example";
        ExigentUse drone = new ExigentUse();
        drone.agency = sheriff;
        drone.technologyName = "Thermal-camera drone (borrowed from the fire district)";
        drone.startedOn = LocalDate.ofInstant(now.minus(Duration.ofDays(12)), java.time.ZoneOffset.UTC);
        drone.endedOn = drone.startedOn.plusDays(1);
        drone.reason = "Search for a missing 8-year-old in the state forest at night.";
        drone.dataKept = "About 40 minutes of thermal video, kept pending the after-action review.";
        drone.recordedBy = "staff-washington";
        drone.recordedAt = now.minus(Duration.ofDays(11));
        drone.persist();
    }
}
