package org.oversightportal.inventory;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The repeatable parts of a disclosure. They are stored as JSON lists on the disclosure row, so a
 * revision (and its Envers history) always holds the whole disclosure as it was submitted.
 */
public final class Parts {

    private Parts() {
    }

    /** A data set the technology is applied to, e.g. 300,000 booking photos. */
    public record DataSource(String name, Long recordCount, String notes) {
    }

    /** A named agency or company the data is shared with. */
    public record SharingPartner(String name, SharingLevel level, String legalStandard, String agreement) {
    }

    public record DeploymentLocation(String place, String mountedOn, Mobility mobility, String signage) {
    }

    /** A cost as billed: an exact amount, or a range such as "$6 to $12 a month". */
    public record CostItem(String description, BigDecimal amountLow, BigDecimal amountHigh, CostPeriod period,
            LocalDate incurredOn) {

        public boolean isRange() {
            return amountHigh != null && amountLow != null && amountHigh.compareTo(amountLow) != 0;
        }
    }

    /** A source of money; for grants, who granted it and who helped the agency apply. */
    public record FundingSource(FundingKind kind, String description, BigDecimal amount, String grantor,
            String applicationHelpedBy) {
    }

    /** Evidence for the record: a document, article or public-records release, with its date. */
    public record SourceLink(String title, String url, LocalDate publishedOn) {
    }
}
