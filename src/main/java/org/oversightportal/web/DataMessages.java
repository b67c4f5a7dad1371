package org.oversightportal.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Texts of the open-data page: the data dictionary of every download. In messages/dd_*.properties;
 * templates use them as {dd:key}.
 */
@MessageBundle(value = "dd", locale = "en")
public interface DataMessages {

    @Message
    String data_title();

    @Message
    String data_intro();

    @Message
    String data_downloads();

    @Message
    String data_api();

    @Message
    String data_api_text();

    @Message
    String data_api_reference();

    @Message
    String data_api_document();

    @Message
    String data_feeds();

    @Message
    String data_feeds_text();

    @Message
    String data_column();

    @Message
    String data_meaning();

    @Message
    String data_download_link(String file);

    @Message
    String file_technologies();

    @Message
    String file_reports();

    @Message
    String file_decisions();

    @Message
    String col_slug();

    @Message
    String col_name();

    @Message
    String col_agency_slug();

    @Message
    String col_agency_name();

    @Message
    String col_agency_kind();

    @Message
    String col_category();

    @Message
    String col_product();

    @Message
    String col_vendor_slug();

    @Message
    String col_vendor_name();

    @Message
    String col_hosting_type();

    @Message
    String col_hosting_provider();

    @Message
    String col_nda_status();

    @Message
    String col_lifecycle_status();

    @Message
    String col_approval_status();

    @Message
    String col_in_use_without_approval();

    @Message
    String col_submitted_at();

    @Message
    String col_url();

    @Message
    String col_technology_slug();

    @Message
    String col_technology_name();

    @Message
    String col_reporting_year();

    @Message
    String col_revision();

    @Message
    String col_captured_non_suspects();

    @Message
    String col_complaints_count();

    @Message
    String col_violations_count();

    @Message
    String col_breaches_count();

    @Message
    String col_records_requests_count();

    @Message
    String col_total_cost();

    @Message
    String col_personnel_cost();

    @Message
    String col_usage_summary();

    @Message
    String col_decision_id();

    @Message
    String col_subject();

    @Message
    String col_disclosure_revision();

    @Message
    String col_decision();

    @Message
    String col_conditions();

    @Message
    String col_hearing_date();

    @Message
    String col_consent_agenda();

    @Message
    String col_votes_for();

    @Message
    String col_votes_against();

    @Message
    String col_votes_abstain();

    @Message
    String col_legislation();

    @Message
    String col_decided_at();

    @Message
    String overview_title();

    @Message
    String overview_intro();

    @Message
    String chart_empty();

    @Message
    String chart_table_caption();

    @Message
    String chart_col_count();

    @Message
    String chart_category_title();

    @Message
    String chart_category_desc();

    @Message
    String chart_col_category();

    @Message
    String chart_hosting_title();

    @Message
    String chart_hosting_desc();

    @Message
    String chart_col_hosting();

    @Message
    String chart_vendor_title();

    @Message
    String chart_vendor_desc();

    @Message
    String chart_col_vendor();

    @Message
    String chart_nda_title();

    @Message
    String chart_nda_desc();

    @Message
    String chart_col_nda();

    @Message
    String chart_compliance_title();

    @Message
    String chart_compliance_desc();

    @Message
    String chart_col_agency();

    @Message
    String overview_link();

    @Message
    String file_agencies();

    @Message
    String file_vendors();

    @Message
    String file_comment_periods();

    @Message
    String file_comments();

    @Message
    String col_agencies_slug();

    @Message
    String col_agencies_name();

    @Message
    String col_agencies_kind();

    @Message
    String col_agencies_jurisdiction();

    @Message
    String col_agencies_website();

    @Message
    String col_agencies_contact_name();

    @Message
    String col_agencies_contact_email();

    @Message
    String col_agencies_contact_phone();

    @Message
    String col_agencies_technologies();

    @Message
    String col_agencies_url();

    @Message
    String col_vendors_slug();

    @Message
    String col_vendors_name();

    @Message
    String col_vendors_website();

    @Message
    String col_vendors_parent_slug();

    @Message
    String col_vendors_parent_name();

    @Message
    String col_vendors_url();

    @Message
    String col_comment_periods_period_id();

    @Message
    String col_comment_periods_technology_slug();

    @Message
    String col_comment_periods_technology_name();

    @Message
    String col_comment_periods_agency_slug();

    @Message
    String col_comment_periods_opens_at();

    @Message
    String col_comment_periods_closes_at();

    @Message
    String col_comment_periods_change_note();

    @Message
    String col_comment_periods_url();

    @Message
    String col_comments_tracking_number();

    @Message
    String col_comments_period_id();

    @Message
    String col_comments_technology_slug();

    @Message
    String col_comments_status();

    @Message
    String col_comments_display_name();

    @Message
    String col_comments_body();

    @Message
    String col_comments_removed_reason();

    @Message
    String col_comments_removed_at();

    @Message
    String col_comments_submitted_at();

    @Message
    String col_comments_agency_answer();

    @Message
    String col_comments_answered_at();

    @Message
    String col_comments_url();

    @Message
    String file_atlas();

    @Message
    String atlas_col_aosnumber();

    @Message
    String atlas_col_city();

    @Message
    String atlas_col_county();

    @Message
    String atlas_col_state();

    @Message
    String atlas_col_agency();

    @Message
    String atlas_col_type_of_lea();

    @Message
    String atlas_col_summary();

    @Message
    String atlas_col_type_of_juris();

    @Message
    String atlas_col_technology();

    @Message
    String atlas_col_vendor();

    @Message
    String atlas_col_link_1();

    @Message
    String atlas_col_link_1_snapshot();

    @Message
    String atlas_col_link_1_source();

    @Message
    String atlas_col_link_1_type();

    @Message
    String atlas_col_link_1_date();

    @Message
    String atlas_col_other_notes();
}
