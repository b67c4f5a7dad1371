package org.oversightportal.reports;

import static org.oversightportal.common.Parse.choice;
import static org.oversightportal.common.Parse.money;
import static org.oversightportal.common.Parse.rows;
import static org.oversightportal.common.Parse.text;
import static org.oversightportal.common.Parse.wholeNumber;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.oversightportal.common.FieldErrors;
import org.oversightportal.common.FormBinding;
import org.oversightportal.common.SingleLine;

/**
 * Moves an annual report between its form (text as typed) and its record, with what every ordinance
 * requires of a report: how it was used, what it collected, complaints, audits and violations,
 * effectiveness and cost. Counts are whole numbers, costs are money, so years compare.
 */
public final class ReportMapper {

    static final int SHORT = 300;
    static final int LONG = 20_000;
    static final long MAX_COUNT = 1_000_000_000_000L;

    /** Field labels for the error summary: {@code rf_<field>}, rows {@code rf_<list>_<field>}. */
    static final FieldErrors.Labels LABELS = new FieldErrors.Labels() {
        @Override
        public String label(String field) {
            return "rf_" + field.replace('.', '_');
        }

        @Override
        public String rowCaption(String list) {
            return "rf_row_" + list;
        }
    };

    private ReportMapper() {
    }

    /** Copies a valid form onto the report; returns the problems found (nothing is copied if any). */
    public static FieldErrors apply(ReportForm form, AnnualReport r) {
        FieldErrors e = new FieldErrors(LABELS);
        form.withoutBlankRows();
        SingleLine.check(form, e);
        // One method per part of the form, in its order: each checks its fields and returns what it would write.
        List<Consumer<AnnualReport>> writes = List.of(use(form, e), oversight(form, e), effect(form, e));
        if (e.isEmpty()) {
            writes.forEach(write -> write.accept(r));
        }
        return e;
    }

    private static Consumer<AnnualReport> use(ReportForm form, FieldErrors e) {
        String usageSummary = text(form.usageSummary, "usageSummary", LONG, true, e);
        String dataCollected = text(form.dataCollected, "dataCollected", LONG, true, e);
        NonSuspects nonSuspects = choice(NonSuspects.class, form.capturedNonSuspects, "capturedNonSuspects", true, e);
        List<ReportParts.UsageCount> counts = complete(rows(form.usageCounts, "usageCounts", (row, p) -> {
            String label = text(row.label, p + "label", SHORT, true, e);
            Long count = wholeNumber(row.count, p + "count", MAX_COUNT, e);
            if (count == null && FormBinding.isBlank(row.count)) {
                e.add(p + "count", "error_required");
            }
            return label != null && count != null ? new ReportParts.UsageCount(label, count) : null;
        }));
        String geographic = text(form.geographicBreakdown, "geographicBreakdown", LONG, false, e);
        List<ReportParts.SharingRecord> sharing = complete(rows(form.sharing, "sharing", (row, p) -> {
            String recipient = text(row.recipient, p + "recipient", SHORT, true, e);
            String frequency = text(row.frequency, p + "frequency", SHORT, false, e);
            String dataTypes = text(row.dataTypes, p + "dataTypes", LONG, false, e);
            String legal = text(row.legalStandard, p + "legalStandard", LONG, true, e);
            return recipient != null && legal != null
                    ? new ReportParts.SharingRecord(recipient, frequency, dataTypes, legal) : null;
        }));
        String newAgreements = text(form.newSharingAgreements, "newSharingAgreements", LONG, false, e);
        return r -> {
            r.usageSummary = usageSummary;
            r.dataCollected = dataCollected;
            r.capturedNonSuspects = nonSuspects;
            r.usageCounts = counts;
            r.geographicBreakdown = geographic;
            r.sharing = sharing;
            r.newSharingAgreements = newAgreements;
        };
    }

    private static Consumer<AnnualReport> oversight(ReportForm form, FieldErrors e) {
        Integer complaints = count(form.complaintsCount, "complaintsCount", true, e);
        String complaintsSummary = text(form.complaintsSummary, "complaintsSummary", LONG, false, e);
        String policyAdequate = text(form.policyAdequate, "policyAdequate", LONG, true, e);
        String audits = text(form.internalAudits, "internalAudits", LONG, true, e);
        Integer violations = count(form.violationsCount, "violationsCount", true, e);
        String violationsActions = text(form.violationsActions, "violationsActions", LONG, false, e);
        if (violations != null && violations > 0 && violationsActions == null) {
            e.add("violationsActions", "error_report_actions_needed");
        }
        Integer breaches = count(form.breachesCount, "breachesCount", false, e);
        String breachesSummary = text(form.breachesSummary, "breachesSummary", LONG, false, e);
        Integer records = count(form.recordsRequestsCount, "recordsRequestsCount", false, e);
        return r -> {
            r.complaintsCount = complaints;
            r.complaintsSummary = complaintsSummary;
            r.policyAdequate = policyAdequate;
            r.internalAudits = audits;
            r.violationsCount = violations;
            r.violationsActions = violationsActions;
            r.breachesCount = breaches;
            r.breachesSummary = breachesSummary;
            r.recordsRequestsCount = records;
        };
    }

    private static Consumer<AnnualReport> effect(ReportForm form, FieldErrors e) {
        String effectiveness = text(form.effectiveness, "effectiveness", LONG, true, e);
        List<ReportParts.Statistic> stats = complete(rows(form.effectivenessStatistics, "effectivenessStatistics",
                (row, p) -> {
                    String label = text(row.label, p + "label", SHORT, true, e);
                    BigDecimal value = decimal(row.value, p + "value", e);
                    String unit = text(row.unit, p + "unit", 100, false, e);
                    return label != null && value != null ? new ReportParts.Statistic(label, value, unit) : null;
                }));
        String disparate = text(form.disparateImpact, "disparateImpact", LONG, false, e);
        BigDecimal total = money(form.totalCost, "totalCost", true, e);
        BigDecimal personnel = money(form.personnelCost, "personnelCost", false, e);
        String funding = text(form.nextYearFunding, "nextYearFunding", LONG, false, e);
        String changes = text(form.requestedPolicyChanges, "requestedPolicyChanges", LONG, false, e);
        String products = text(form.newProducts, "newProducts", LONG, false, e);
        return r -> {
            r.effectiveness = effectiveness;
            r.effectivenessStatistics = stats;
            r.disparateImpact = disparate;
            r.totalCost = total;
            r.personnelCost = personnel;
            r.nextYearFunding = funding;
            r.requestedPolicyChanges = changes;
            r.newProducts = products;
        };
    }

    /** The rows read whole (a row with a problem is reported, not kept). */
    private static <T> List<T> complete(List<T> rows) {
        return new ArrayList<>(rows.stream().filter(java.util.Objects::nonNull).toList());
    }

    /** The form of a submitted report, for an amendment. */
    public static ReportForm toForm(AnnualReport r) {
        ReportForm f = new ReportForm();
        f.usageSummary = r.usageSummary;
        f.dataCollected = r.dataCollected;
        f.capturedNonSuspects = r.capturedNonSuspects == null ? null : r.capturedNonSuspects.code();
        for (ReportParts.UsageCount c : r.usageCounts) {
            ReportForm.UsageRow row = new ReportForm.UsageRow();
            row.label = c.label();
            row.count = Long.toString(c.count());
            f.usageCounts.add(row);
        }
        f.geographicBreakdown = r.geographicBreakdown;
        for (ReportParts.SharingRecord s : r.sharing) {
            ReportForm.SharingRow row = new ReportForm.SharingRow();
            row.recipient = s.recipient();
            row.frequency = s.frequency();
            row.dataTypes = s.dataTypes();
            row.legalStandard = s.legalStandard();
            f.sharing.add(row);
        }
        f.newSharingAgreements = r.newSharingAgreements;
        f.complaintsCount = str(r.complaintsCount);
        f.complaintsSummary = r.complaintsSummary;
        f.policyAdequate = r.policyAdequate;
        f.internalAudits = r.internalAudits;
        f.violationsCount = str(r.violationsCount);
        f.violationsActions = r.violationsActions;
        f.breachesCount = str(r.breachesCount);
        f.breachesSummary = r.breachesSummary;
        f.recordsRequestsCount = str(r.recordsRequestsCount);
        f.effectiveness = r.effectiveness;
        for (ReportParts.Statistic s : r.effectivenessStatistics) {
            ReportForm.StatRow row = new ReportForm.StatRow();
            row.label = s.label();
            row.value = s.value().toPlainString();
            row.unit = s.unit();
            f.effectivenessStatistics.add(row);
        }
        f.disparateImpact = r.disparateImpact;
        f.totalCost = r.totalCost == null ? null : r.totalCost.toPlainString();
        f.personnelCost = r.personnelCost == null ? null : r.personnelCost.toPlainString();
        f.nextYearFunding = r.nextYearFunding;
        f.requestedPolicyChanges = r.requestedPolicyChanges;
        f.newProducts = r.newProducts;
        return f;
    }

    private static Integer count(String value, String field, boolean required, FieldErrors e) {
        if (FormBinding.isBlank(value)) {
            if (required) {
                e.add(field, "error_required");
            }
            return null;
        }
        Long n = wholeNumber(value, field, Integer.MAX_VALUE, e);
        return n == null ? null : n.intValue();
    }

    private static BigDecimal decimal(String value, String field, FieldErrors e) {
        if (FormBinding.isBlank(value)) {
            e.add(field, "error_required");
            return null;
        }
        try {
            BigDecimal d = new BigDecimal(value.strip().replace(",", ""));
            if (d.precision() - d.scale() > 15 || d.scale() > 4) {
                e.add(field, "error_report_number");
                return null;
            }
            return d;
        } catch (NumberFormatException ex) {
            e.add(field, "error_report_number");
            return null;
        }
    }

    private static String str(Integer n) {
        return n == null ? null : n.toString();
    }
}
