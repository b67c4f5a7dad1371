package org.oversightportal.reports;

import java.util.ArrayList;
import java.util.List;
import org.oversightportal.common.FormBinding;
import org.oversightportal.common.MultiLine;

/** The annual report form exactly as typed: every value is text until the report is submitted. */
public class ReportForm {

    @MultiLine
    public String usageSummary;
    @MultiLine
    public String dataCollected;
    public String capturedNonSuspects;
    public List<UsageRow> usageCounts = new ArrayList<>();
    @MultiLine
    public String geographicBreakdown;
    public List<SharingRow> sharing = new ArrayList<>();
    @MultiLine
    public String newSharingAgreements;
    public String complaintsCount;
    @MultiLine
    public String complaintsSummary;
    @MultiLine
    public String policyAdequate;
    @MultiLine
    public String internalAudits;
    public String violationsCount;
    @MultiLine
    public String violationsActions;
    public String breachesCount;
    @MultiLine
    public String breachesSummary;
    public String recordsRequestsCount;
    @MultiLine
    public String effectiveness;
    public List<StatRow> effectivenessStatistics = new ArrayList<>();
    @MultiLine
    public String disparateImpact;
    public String totalCost;
    public String personnelCost;
    @MultiLine
    public String nextYearFunding;
    @MultiLine
    public String requestedPolicyChanges;
    @MultiLine
    public String newProducts;

    public static class UsageRow {
        public String label;
        public String count;
    }

    public static class SharingRow {
        public String recipient;
        public String frequency;
        public String dataTypes;
        @MultiLine
        public String legalStandard;
    }

    public static class StatRow {
        public String label;
        public String value;
        public String unit;
    }

    /** Drops blank rows, then offers one blank row in every list for the next entry. */
    public ReportForm withBlankRows() {
        withoutBlankRows();
        usageCounts.add(new UsageRow());
        sharing.add(new SharingRow());
        effectivenessStatistics.add(new StatRow());
        return this;
    }

    public ReportForm withoutBlankRows() {
        usageCounts = nonBlank(usageCounts);
        sharing = nonBlank(sharing);
        effectivenessStatistics = nonBlank(effectivenessStatistics);
        return this;
    }

    /** Adds a blank row to the named list (the form's "add another" buttons). */
    public ReportForm addRow(String list) {
        switch (list) {
            case "usageCounts" -> usageCounts.add(new UsageRow());
            case "sharing" -> sharing.add(new SharingRow());
            case "effectivenessStatistics" -> effectivenessStatistics.add(new StatRow());
            default -> {
                // An unknown list: nothing to add.
            }
        }
        return this;
    }

    private static <R> List<R> nonBlank(List<R> rows) {
        List<R> kept = new ArrayList<>();
        if (rows != null) {
            for (R row : rows) {
                boolean blank = true;
                for (var field : row.getClass().getFields()) {
                    try {
                        blank &= FormBinding.isBlank((String) field.get(row));
                    } catch (IllegalAccessException e) {
                        throw new IllegalStateException(e);
                    }
                }
                if (!blank) {
                    kept.add(row);
                }
            }
        }
        return kept;
    }
}
