package org.oversightportal.inventory;

import java.util.Map;
import org.oversightportal.common.FieldErrors;

/**
 * The label (and, in repeated rows, the row caption) of every field of the disclosure form, so the
 * error summary can say "Data source 2, Number of records: …".
 */
public final class DisclosureLabels {

    private static final Map<String, String> ROW_LABELS = Map.ofEntries(
            Map.entry("dataSources.name", "field_source_name"),
            Map.entry("dataSources.recordCount", "field_source_records"),
            Map.entry("dataSources.notes", "field_notes"),
            Map.entry("sharingPartners.name", "field_partner_name"),
            Map.entry("sharingPartners.level", "field_partner_level"),
            Map.entry("sharingPartners.legalStandard", "field_partner_legal_standard"),
            Map.entry("sharingPartners.agreement", "field_partner_agreement"),
            Map.entry("deploymentLocations.place", "field_location_place"),
            Map.entry("deploymentLocations.mountedOn", "field_location_mounted_on"),
            Map.entry("deploymentLocations.mobility", "field_location_mobility"),
            Map.entry("deploymentLocations.signage", "field_location_signage"),
            Map.entry("costItems.description", "field_cost_description"),
            Map.entry("costItems.amountLow", "field_cost_amount"),
            Map.entry("costItems.amountHigh", "field_cost_amount_high"),
            Map.entry("costItems.period", "field_cost_period"),
            Map.entry("costItems.incurredOn", "field_cost_date"),
            Map.entry("fundingSources.kind", "field_funding_kind"),
            Map.entry("fundingSources.description", "field_funding_description"),
            Map.entry("fundingSources.amount", "field_funding_amount"),
            Map.entry("fundingSources.grantor", "field_funding_grantor"),
            Map.entry("fundingSources.applicationHelpedBy", "field_funding_helped_by"),
            Map.entry("sourceLinks.title", "field_link_title"),
            Map.entry("sourceLinks.url", "field_link_url"),
            Map.entry("sourceLinks.publishedOn", "field_link_date"));

    private static final Map<String, String> ROW_CAPTIONS = Map.of("dataSources", "row_data_source",
            "sharingPartners", "row_partner", "deploymentLocations", "row_location", "costItems", "row_cost",
            "fundingSources", "row_funding", "sourceLinks", "row_link");

    /** The labels of the disclosure form's fields, for the error summary. */
    static final FieldErrors.Labels LABELS = new FieldErrors.Labels() {
        @Override
        public String label(String field) {
            return ROW_LABELS.getOrDefault(field, "field_" + field);
        }

        @Override
        public String rowCaption(String list) {
            return ROW_CAPTIONS.get(list);
        }
    };

    /** The label key of a field: "name", or "dataSources.name" for a column of a repeated row. */
    public static String labelKey(String field) {
        return LABELS.label(field);
    }

    private DisclosureLabels() {
    }
}
