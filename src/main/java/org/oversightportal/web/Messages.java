package org.oversightportal.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Page texts, notices and errors, in messages/msg_en.properties (the default) and
 * msg_es.properties; templates use them as {msg:key}. Quarkus 3.33 generates broken code for a bundle of more than 300 keys, so the texts are split
 * into three bundles (msg, field, label), each well under that.
 */
@MessageBundle(value = "msg", locale = "en")
public interface Messages {

    @Message
    String site_name();

    @Message
    String skip_to_content();

    @Message
    String nav_label();

    @Message
    String nav_menu();

    @Message
    String nav_close();

    @Message
    String nav_inventory();

    @Message
    String nav_agencies();

    @Message
    String nav_vendors();

    @Message
    String nav_staff();

    @Message
    String nav_admin_agencies();

    @Message
    String nav_admin_vendors();

    @Message
    String switch_language();

    @Message
    String sign_in();

    @Message
    String sign_out_named(String name);

    @Message
    String footer_text();

    @Message
    String breadcrumb_label();

    @Message
    String required_marker();

    @Message
    String choose();

    @Message
    String save();

    @Message
    String yes();

    @Message
    String no();

    @Message
    String not_stated();

    @Message
    String none_listed();

    @Message
    String untitled_draft();

    @Message
    String home_title();

    @Message
    String home_heading();

    @Message
    String home_intro();

    @Message
    String home_explain();

    @Message
    String home_headlines();

    @Message
    String home_count_technologies();

    @Message
    String home_count_agencies();

    @Message
    String home_count_vendors();

    @Message
    String home_count_without_approval();

    @Message
    String home_count_nda_withheld();

    @Message
    String home_count_face();

    @Message
    String home_recent();

    @Message
    String home_browse();

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
    String pagination_label();

    @Message
    String pagination_first();

    @Message
    String pagination_next();

    @Message
    String see_all_in_inventory(String count);

    @Message
    String without_approval();

    @Message
    String col_technology();

    @Message
    String col_agency();

    @Message
    String col_category();

    @Message
    String col_vendor();

    @Message
    String col_hosting();

    @Message
    String col_nda();

    @Message
    String col_status();

    @Message
    String col_kind();

    @Message
    String col_jurisdiction();

    @Message
    String col_technologies();

    @Message
    String col_without_approval();

    @Message
    String col_parent();

    @Message
    String col_products();

    @Message
    String col_hosted();

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
    String col_revision();

    @Message
    String col_submitted_by();

    @Message
    String col_submitted_at();

    @Message
    String col_updated();

    @Message
    String col_kind_of_draft();

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
    String agencies_title();

    @Message
    String agencies_intro();

    @Message
    String agencies_caption(String count);

    @Message
    String agency_technologies(String count);

    @Message
    String vendors_title();

    @Message
    String vendors_intro();

    @Message
    String vendors_caption(String count);

    @Message
    String vendor_subsidiary_of();

    @Message
    String vendor_subsidiaries();

    @Message
    String vendor_agencies();

    @Message
    String vendor_agencies_caption();

    @Message
    String vendor_no_agencies();

    @Message
    String vendor_ndas();

    @Message
    String vendor_ndas_caption();

    @Message
    String vendor_products(String count);

    @Message
    String vendor_hosted(String count);

    @Message
    String staff_title();

    @Message
    String staff_heading(String agency);

    @Message
    String staff_intro();

    @Message
    String staff_new_disclosure();

    @Message
    String staff_drafts();

    @Message
    String staff_drafts_caption();

    @Message
    String staff_no_drafts();

    @Message
    String staff_submitted();

    @Message
    String staff_submitted_caption();

    @Message
    String staff_no_submitted();

    @Message
    String draft_new();

    @Message
    String draft_revision();

    @Message
    String notice_saved();

    @Message
    String notice_row_added();

    @Message
    String notice_discarded();

    @Message
    String notice_submitted();

    @Message
    String form_title_new();

    @Message
    String form_title_editing(String title);

    @Message
    String form_heading_new();

    @Message
    String form_heading_revision(String name);

    @Message
    String form_intro(String agency);

    @Message
    String form_required_note();

    @Message
    String form_save_draft();

    @Message
    String form_submit();

    @Message
    String form_submit_revision();

    @Message
    String form_discard();

    @Message
    String form_submit_note();

    @Message
    String error_summary_title(String count);

    @Message
    String no_parent();

    @Message
    String admin_agencies_title();

    @Message
    String admin_agencies_intro();

    @Message
    String admin_agencies_caption();

    @Message
    String admin_agency_new();

    @Message
    String admin_agency_edit();

    @Message
    String admin_vendors_title();

    @Message
    String admin_vendors_intro();

    @Message
    String admin_vendors_caption();

    @Message
    String admin_vendor_new();

    @Message
    String admin_vendor_edit();

    @Message
    String error_404_title();

    @Message
    String error_404_text();

    @Message
    String error_403_title();

    @Message
    String error_403_text();

    @Message
    String error_405_title();

    @Message
    String error_405_text();

    @Message
    String error_400_title();

    @Message
    String error_400_text();

    @Message
    String error_500_title();

    @Message
    String error_500_text();

    @Message
    String error_reference(String reference);

    @Message
    String error_home_link();

    @Message
    String error_required();

    @Message
    String error_too_long(String max);

    @Message
    String error_money();

    @Message
    String error_whole_number();

    @Message
    String error_date();

    @Message
    String error_url();

    @Message
    String error_email();

    @Message
    String error_choose();

    @Message
    String error_retention();

    @Message
    String error_retention_both();

    @Message
    String error_hosting_provider();

    @Message
    String error_range_order();

    @Message
    String error_currency();

    @Message
    String error_funding_required();

    @Message
    String error_contract_end();

    @Message
    String error_nda_notice_without_nda();

    @Message
    String error_slug();

    @Message
    String error_slug_taken();

    @Message
    String error_parent_cycle();

    @Message
    String nav_comments();

    @Message
    String comments_heading();

    @Message
    String comments_open_until(String date);

    @Message
    String comments_closed_on(String date);

    @Message
    String comments_received(String count);

    @Message
    String comments_none_period();

    @Message
    String comments_published_none();

    @Message
    String comments_write();

    @Message
    String comments_write_short();

    @Message
    String comments_removed(String date);

    @Message
    String comment_by_anonymous();

    @Message
    String comment_form_title(String name);

    @Message
    String comment_form_intro();

    @Message
    String comment_form_submit();

    @Message
    String comment_closed_text();

    @Message
    String comment_chars_hint(String max);

    @Message
    String comment_receipt_title();

    @Message
    String comment_receipt_text();

    @Message
    String comment_status_title(String tracking);

    @Message
    String comment_tracking_label();

    @Message
    String comment_status_label();

    @Message
    String comment_on();

    @Message
    String comment_your_text();

    @Message
    String comment_lookup_title();

    @Message
    String comment_lookup_hint();

    @Message
    String comment_lookup_submit();

    @Message
    String comment_lookup_not_found();

    @Message
    String periods_title();

    @Message
    String periods_intro();

    @Message
    String periods_caption();

    @Message
    String periods_none();

    @Message
    String col_deadline();

    @Message
    String error_comments_closed();

    @Message
    String error_comments_not_open();

    @Message
    String error_comment_too_fast();

    @Message
    String nav_moderation();

    @Message
    String moderation_title();

    @Message
    String moderation_pending(String count);

    @Message
    String moderation_empty();

    @Message
    String moderation_caption();

    @Message
    String moderation_reason();

    @Message
    String moderation_note();

    @Message
    String moderation_publish();

    @Message
    String moderation_reject();

    @Message
    String moderation_hide();

    @Message
    String moderation_incomplete();

    @Message
    String notice_moderated();

    @Message
    String select_comment(String tracking);

    @Message
    String col_select();

    @Message
    String col_received();

    @Message
    String col_comment();

    @Message
    String error_period_closes_past();

    @Message
    String error_period_closes_before_opens();

    @Message
    String error_response_period_open();

    @Message
    String error_answer_not_published();

    @Message
    String notice_period_changed();

    @Message
    String error_period_too_far();

    @Message
    String error_report_actions_needed();

    @Message
    String error_report_number();

    @Message
    String error_review_stale();

    @Message
    String error_review_done();

    @Message
    String error_review_nothing_reported();

    @Message
    String notice_approval_confirmed();

    @Message
    String error_review_hearing_future();

    @Message
    String error_review_conditions();

    @Message
    String error_review_conditions_unused();

    @Message
    String error_review_vote();

    @Message
    String error_extension_days(String max);

    @Message
    String error_extension_once();

    @Message
    String error_extension_submitted();

    @Message
    String error_exigent_future();

    @Message
    String error_exigent_end_before_start();

    @Message
    String error_exigent_reported();

    @Message
    String notice_decided();

    @Message
    String notice_extended();

    @Message
    String notice_report_submitted();

    @Message
    String notice_recorded();

    @Message
    String error_review_period_open();

    @Message
    String unavailable_signin_title();

    @Message
    String unavailable_signin_text();

    @Message
    String unavailable_database_title();

    @Message
    String unavailable_database_text();
}
