package org.oversightportal.reports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.oversightportal.board.BoardReview;
import org.oversightportal.inventory.ApprovalStatus;
import org.oversightportal.inventory.Disclosure;
import org.oversightportal.inventory.LifecycleStatus;

/**
 * A technology's reporting record for its public page: the reports it owes and their state, the
 * submitted reports, the numbers of every year side by side, and the board's decisions.
 */
@ApplicationScoped
public class ReportHistory {

    /** A row of the year-over-year table: a usage count by label, or one of the fixed figures. */
    public record YearRow(String label, String labelKey, List<Long> counts, List<BigDecimal> amounts) {
        public boolean isMoney() {
            return amounts != null;
        }
    }

    public record History(List<Obligation> obligations, List<AnnualReport> reports, List<Integer> years,
            List<YearRow> rows, List<BoardReview> reviews) {
    }

    @Inject
    Obligations obligations;

    public History of(Disclosure d) {
        List<AnnualReport> recorded = AnnualReport.recordedFor(d);
        List<Obligation> owed = owed(d, recorded);
        List<AnnualReport> reports = recorded.stream().filter(AnnualReport::isSubmitted).toList();
        List<BoardReview> reviews = BoardReview.list(
                "select r from BoardReview r left join fetch r.annualReport where r.disclosure = ?1 order by r.decidedAt desc",
                d);
        List<Integer> years = reports.stream().map(r -> r.reportingYear).toList();
        Set<String> labels = new LinkedHashSet<>();
        reports.forEach(r -> r.usageCounts.forEach(c -> labels.add(c.label())));
        List<YearRow> rows = new ArrayList<>();
        for (String label : labels) {
            List<Long> counts = new ArrayList<>();
            for (AnnualReport r : reports) {
                counts.add(r.usageCounts.stream().filter(c -> c.label().equals(label)).map(ReportParts.UsageCount::count)
                        .findFirst().orElse(null));
            }
            rows.add(new YearRow(label, null, counts, null));
        }
        if (!reports.isEmpty()) {
            rows.add(new YearRow(null, "rf_complaintsCount", longs(reports, r -> r.complaintsCount), null));
            rows.add(new YearRow(null, "rf_violationsCount", longs(reports, r -> r.violationsCount), null));
            rows.add(new YearRow(null, "rf_breachesCount", longs(reports, r -> r.breachesCount), null));
            rows.add(new YearRow(null, "rf_recordsRequestsCount", longs(reports, r -> r.recordsRequestsCount), null));
            rows.add(new YearRow(null, "rf_totalCost", null, reports.stream().map(r -> r.totalCost).toList()));
        }
        return new History(owed, reports, years, rows, reviews);
    }

    /** The obligations of one technology, from what is already loaded plus its extensions. */
    private List<Obligation> owed(Disclosure d, List<AnnualReport> recorded) {
        // A revision back before the board (PENDING_REVIEW) does not end the reports its approval made due.
        boolean approved = d.approvalStatus.isApproved() || d.approvalStatus == ApprovalStatus.PENDING_REVIEW;
        if (!approved || d.approvalDate == null || d.lifecycleStatus == LifecycleStatus.RETIRED) {
            return List.of();
        }
        Map<Integer, AnnualReport> byYear = new HashMap<>();
        recorded.forEach(r -> byYear.put(r.reportingYear, r));
        LocalDate today = obligations.today();
        List<Obligation> owed = new ArrayList<>();
        for (DueDates.Owed o : obligations.rules().owed(d.approvalDate, today)) {
            AnnualReport r = byYear.get(o.year());
            owed.add(new Obligation(d.id, d.slug, d.name, d.agency.id, d.agency.slug, d.agency.name, o.year(), o.due(),
                    r == null ? null : r.extensionDays, r == null ? null : r.extensionReason,
                    r == null ? null : r.submittedAt, today, obligations.zone()));
        }
        return owed;
    }

    private static List<Long> longs(List<AnnualReport> reports, java.util.function.Function<AnnualReport, Integer> f) {
        return reports.stream().map(r -> f.apply(r) == null ? null : f.apply(r).longValue()).toList();
    }
}
