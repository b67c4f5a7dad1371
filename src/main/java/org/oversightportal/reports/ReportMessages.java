package org.oversightportal.reports;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Annual use reports: the public report, due dates, year-over-year, the staff list.
 * In messages/rp_*.properties; templates use them as {rp:key}, or {text:of(key)} for a key computed at run time.
 */
@MessageBundle(value = "rp", locale = "en")
public interface ReportMessages {

    @Message
    String error_report_actions_needed();

    @Message
    String error_report_number();

    @Message
    String notice_report_submitted();

    @Message
    String non_suspects_yes();

    @Message
    String non_suspects_no();

    @Message
    String non_suspects_unknown();

    @Message
    String nav_compliance();

    @Message
    String nav_decisions();

    @Message
    String nav_board();

    @Message
    String as_of(String date);

    @Message
    String col_action();

    @Message
    String col_change();

    @Message
    String col_detail();

    @Message
    String col_due();

    @Message
    String col_field();

    @Message
    String col_figure();

    @Message
    String col_started();

    @Message
    String col_submission();

    @Message
    String col_year();

    @Message
    String reports_heading();

    @Message
    String reports_none_owed();

    @Message
    String reports_caption();

    @Message
    String report_of_year(String year);

    @Message
    String state_submitted();

    @Message
    String state_late();

    @Message
    String state_overdue();

    @Message
    String state_due_soon();

    @Message
    String state_upcoming();

    @Message
    String days_overdue(String days);

    @Message
    String days_left(String days);

    @Message
    String due_was(String date);

    @Message
    String due_on(String date);

    @Message
    String yoy_caption();

    @Message
    String revision_option(String revision, String by, String date);

    @Message
    String sr_removed();

    @Message
    String sr_added();

    @Message
    String staff_reports_title();

    @Message
    String staff_reports_intro(String agency);

    @Message
    String staff_reports_none();

    @Message
    String staff_reports_caption();

    @Message
    String staff_reports_link();

    @Message
    String report_form_title(String technology, String year);

    @Message
    String report_form_intro();

    @Message
    String report_submitted_line(String revision, String date);

    @Message
    String report_public_link();

    @Message
    String report_amend();

    @Message
    String report_save();

    @Message
    String report_submit();

    @Message
    String report_public_title(String technology, String year);

    @Message
    String report_not_reviewed();

    @Message
    String rp_section_use();

    @Message
    String rp_section_sharing();

    @Message
    String section_oversight();

    @Message
    String section_effectiveness();

    @Message
    String section_cost();

    @Message
    String usage_counts_caption();

    @Message
    String sharing_caption();

    @Message
    String sharing_none();

    @Message
    String disclosure_revision(String revision);

    @Message
    String sort_agency_az();

    @Message
    String sort_agency_za();

    @Message
    String sort_most_first();

    @Message
    String max_days(String days);

    @Message
    String items_count(String count);

    @Message
    String items_none();

    @Message
    String items_caption();

    @Message
    String download_csv(String count);

    @Message
    String feed_all_title();

    @Message
    String follow_heading();

    @Message
    String feed_revisions();

    @Message
    String feed_decisions();

    @Message
    String feed_agency(String agency);

    @Message
    String download_decisions_csv();

    @Message
    String download_reports_csv();

    @Message
    String feed_all_decisions();

    @Message
    String feed_vendor(String vendor);
}
