package org.oversightportal.inventory;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The public inventory: the list, its filters, and the technology page's sections.
 * In messages/inv_*.properties; templates use them as {inv:key}, or {text:of(key)} for a key computed at run time.
 */
@MessageBundle(value = "inv", locale = "en")
public interface InventoryMessages {

    @Message
    String inventory_title();

    @Message
    String inventory_heading();

    @Message
    String inventory_intro();

    @Message
    String inventory_filters();

    @Message
    String inventory_results(String count);

    @Message
    String inventory_empty();

    @Message
    String inventory_rejected_params();

    @Message
    String filter_search();

    @Message
    String filter_search_hint();

    @Message
    String filter_agency();

    @Message
    String filter_kind();

    @Message
    String filter_category();

    @Message
    String filter_vendor();

    @Message
    String filter_vendor_hint();

    @Message
    String filter_hosting();

    @Message
    String filter_nda();

    @Message
    String filter_status();

    @Message
    String filter_capability();

    @Message
    String filter_sort();

    @Message
    String filter_any();

    @Message
    String filter_apply();

    @Message
    String filter_clear();

    @Message
    String see_all_in_inventory(String count);

    @Message
    String without_approval();

    @Message
    String col_category();

    @Message
    String col_vendor();

    @Message
    String col_hosting();

    @Message
    String col_nda();

    @Message
    String col_source();

    @Message
    String col_records();

    @Message
    String col_notes();

    @Message
    String col_partner();

    @Message
    String col_level();

    @Message
    String col_legal_standard();

    @Message
    String col_agreement();

    @Message
    String col_place();

    @Message
    String col_mounted_on();

    @Message
    String col_mobility();

    @Message
    String col_signage();

    @Message
    String col_cost();

    @Message
    String col_amount();

    @Message
    String col_period();

    @Message
    String col_date();

    @Message
    String col_funding_kind();

    @Message
    String col_description();

    @Message
    String col_grantor();

    @Message
    String col_helped_by();

    @Message
    String detail_intro(String agency);

    @Message
    String detail_revision_line(String revision, String date, String by);

    @Message
    String detail_contents();

    @Message
    String detail_no_capabilities();

    @Message
    String detail_no_sharing();

    @Message
    String detail_revise();

    @Message
    String retention_indefinite();

    @Message
    String retention_days(String days);

    @Message
    String amount_range(String low, String high);

    @Message
    String revisions_caption();

    @Message
    String section_overview();

    @Message
    String section_use();

    @Message
    String section_capabilities();

    @Message
    String section_data();

    @Message
    String section_hosting();

    @Message
    String section_sharing();

    @Message
    String section_deployment();

    @Message
    String section_costs();

    @Message
    String section_contract();

    @Message
    String section_assessment();

    @Message
    String section_approval();

    @Message
    String section_sources();

    @Message
    String section_revisions();

    @Message
    String vendor_subsidiary_of();

    @Message
    String filter_agency_many();

    @Message
    String filter_vendor_many();

    @Message
    String filter_hosting_many();
}
