package org.oversightportal.reports;

import java.math.BigDecimal;

/** The repeated parts of an annual report, stored as JSON lists on it. */
public final class ReportParts {

    private ReportParts() {
    }

    /** A count of use, compared year over year by its label (e.g. "Plates read", "Hotlist hits"). */
    public record UsageCount(String label, long count) {
    }

    /** Data shared during the year: with whom, how often, what, under what legal standard. */
    public record SharingRecord(String recipient, String frequency, String dataTypes, String legalStandard) {
    }

    /** A statistic supporting the effectiveness claim (e.g. "Stolen vehicles recovered", 41, "vehicles"). */
    public record Statistic(String label, BigDecimal value, String unit) {
    }
}
