package org.oversightportal.opendata;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The data dictionary: the meaning of every column of every download (dict_<column>).
 * In messages/ddc_*.properties; templates use them as {ddc:key}, or {text:of(key)} for a key computed at run time.
 */
@MessageBundle(value = "ddc", locale = "en")
public interface DictionaryMessages {

    @Message
    String dict_slug();

    @Message
    String dict_name();

    @Message
    String dict_agency_slug();

    @Message
    String dict_agency_name();

    @Message
    String dict_agency_kind();

    @Message
    String dict_category();

    @Message
    String dict_product();

    @Message
    String dict_vendor_slug();

    @Message
    String dict_vendor_name();

    @Message
    String dict_hosting_type();

    @Message
    String dict_hosting_provider();

    @Message
    String dict_nda_status();

    @Message
    String dict_lifecycle_status();

    @Message
    String dict_approval_status();

    @Message
    String dict_in_use_without_approval();

    @Message
    String dict_submitted_at();

    @Message
    String dict_url();

    @Message
    String dict_technology_slug();

    @Message
    String dict_technology_name();

    @Message
    String dict_reporting_year();

    @Message
    String dict_revision();

    @Message
    String dict_captured_non_suspects();

    @Message
    String dict_complaints_count();

    @Message
    String dict_violations_count();

    @Message
    String dict_breaches_count();

    @Message
    String dict_records_requests_count();

    @Message
    String dict_total_cost();

    @Message
    String dict_personnel_cost();

    @Message
    String dict_usage_summary();

    @Message
    String dict_decision_id();

    @Message
    String dict_subject();

    @Message
    String dict_disclosure_revision();

    @Message
    String dict_decision();

    @Message
    String dict_conditions();

    @Message
    String dict_hearing_date();

    @Message
    String dict_consent_agenda();

    @Message
    String dict_votes_for();

    @Message
    String dict_votes_against();

    @Message
    String dict_votes_abstain();

    @Message
    String dict_legislation();

    @Message
    String dict_decided_at();

    @Message
    String dict_agencies_slug();

    @Message
    String dict_agencies_name();

    @Message
    String dict_agencies_kind();

    @Message
    String dict_agencies_jurisdiction();

    @Message
    String dict_agencies_website();

    @Message
    String dict_agencies_contact_name();

    @Message
    String dict_agencies_contact_email();

    @Message
    String dict_agencies_contact_phone();

    @Message
    String dict_agencies_technologies();

    @Message
    String dict_agencies_url();

    @Message
    String dict_vendors_slug();

    @Message
    String dict_vendors_name();

    @Message
    String dict_vendors_website();

    @Message
    String dict_vendors_parent_slug();

    @Message
    String dict_vendors_parent_name();

    @Message
    String dict_vendors_url();

    @Message
    String dict_comment_periods_period_id();

    @Message
    String dict_comment_periods_technology_slug();

    @Message
    String dict_comment_periods_technology_name();

    @Message
    String dict_comment_periods_agency_slug();

    @Message
    String dict_comment_periods_opens_at();

    @Message
    String dict_comment_periods_closes_at();

    @Message
    String dict_comment_periods_change_note();

    @Message
    String dict_comment_periods_url();

    @Message
    String dict_comments_tracking_number();

    @Message
    String dict_comments_period_id();

    @Message
    String dict_comments_technology_slug();

    @Message
    String dict_comments_status();

    @Message
    String dict_comments_display_name();

    @Message
    String dict_comments_body();

    @Message
    String dict_comments_removed_reason();

    @Message
    String dict_comments_removed_at();

    @Message
    String dict_comments_submitted_at();

    @Message
    String dict_comments_agency_answer();

    @Message
    String dict_comments_answered_at();

    @Message
    String dict_comments_url();
}
