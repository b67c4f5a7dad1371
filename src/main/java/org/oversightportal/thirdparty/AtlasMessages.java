package org.oversightportal.thirdparty;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Third-party reports (Atlas of Surveillance): import, the staff page and the public list.
 * In messages/at_*.properties; templates use them as {at:key}, or {text:of(key)} for a key computed at run time.
 */
@MessageBundle(value = "at", locale = "en")
public interface AtlasMessages {

    @Message
    String nav_imports();

    @Message
    String import_title();

    @Message
    String import_intro();

    @Message
    String import_refused();

    @Message
    String import_file();

    @Message
    String import_file_hint();

    @Message
    String import_create_agencies();

    @Message
    String import_create_agencies_hint();

    @Message
    String import_start();

    @Message
    String import_history();

    @Message
    String import_history_caption();

    @Message
    String import_none();

    @Message
    String col_file();

    @Message
    String at_col_started();

    @Message
    String col_by();

    @Message
    String col_created();

    @Message
    String col_rows();

    @Message
    String import_status_running();

    @Message
    String import_status_finished();

    @Message
    String import_status_failed();

    @Message
    String import_detail_title(String file);

    @Message
    String import_meta(String user, String when);

    @Message
    String import_meta_creating();

    @Message
    String import_progress_heading();

    @Message
    String import_rows();

    @Message
    String import_refresh();

    @Message
    String report_heading();

    @Message
    String count_created(String count);

    @Message
    String count_duplicates(String count);

    @Message
    String count_agencies_created(String count);

    @Message
    String count_unknown_agencies(String count);

    @Message
    String count_unmappable(String count);

    @Message
    String count_bad_rows(String count);

    @Message
    String report_unknown_agency();

    @Message
    String report_unknown_agency_help();

    @Message
    String report_unknown_agency_value();

    @Message
    String report_unmappable_technology();

    @Message
    String report_unmappable_technology_help();

    @Message
    String report_unmappable_technology_value();

    @Message
    String report_bad_row();

    @Message
    String report_bad_row_help();

    @Message
    String report_bad_row_value();

    @Message
    String report_agency_created();

    @Message
    String report_agency_created_help();

    @Message
    String report_agency_created_value();

    @Message
    String error_no_file(String detail);

    @Message
    String error_empty(String detail);

    @Message
    String error_too_large(String detail);

    @Message
    String error_not_text(String detail);

    @Message
    String error_not_csv(String detail);

    @Message
    String error_missing_columns(String detail);

    @Message
    String error_no_rows(String detail);

    @Message
    String entry_status_unconfirmed();

    @Message
    String entry_status_confirmed();

    @Message
    String entry_status_disputed();

    @Message
    String entry_unconfirmed_text(String source);

    @Message
    String entry_confirmed_text(String source);

    @Message
    String entry_disputed_text(String source);

    @Message
    String entry_see_disclosure(String name);

    @Message
    String entry_disclosure_pending();

    @Message
    String entry_dispute_reason();

    @Message
    String entry_reported_as(String technology);

    @Message
    String agency_reported_heading(String count);

    @Message
    String agency_reported_intro();

    @Message
    String public_title();

    @Message
    String public_intro();

    @Message
    String public_count(String count);

    @Message
    String public_none();

    @Message
    String public_limited(String count);

    @Message
    String at_filter_status();

    @Message
    String filter_status_all();

    @Message
    String at_filter_apply();

    @Message
    String download_atlas();

    @Message
    String at_staff_title();

    @Message
    String at_staff_heading(String agency);

    @Message
    String at_staff_intro();

    @Message
    String staff_none();

    @Message
    String staff_entry_source(String source, String id);

    @Message
    String staff_confirm();

    @Message
    String staff_confirm_hint();

    @Message
    String staff_dispute_reason();

    @Message
    String staff_dispute_hint();

    @Message
    String staff_dispute();

    @Message
    String staff_confirmed_by(String user, String when);

    @Message
    String staff_disputed_by(String user, String when);

    @Message
    String staff_open_draft();

    @Message
    String dispute_error_title();

    @Message
    String dispute_reason_missing();

    @Message
    String notice_disputed();

    @Message
    String notice_already_decided();

    @Message
    String data_atlas_note();

    @Message
    String data_atlas_mapping_caption();

    @Message
    String data_atlas_value();

    @Message
    String data_atlas_category();
}
