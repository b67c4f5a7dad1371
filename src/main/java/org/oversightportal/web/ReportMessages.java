package org.oversightportal.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Texts of annual use reports, the oversight board's reviews and decisions, exigent uses,
 * redlines and the compliance dashboard. In messages/rp_*.properties; templates use them as
 * {rp:key}.
 */
@MessageBundle(value = "rp", locale = "en")
public interface ReportMessages {

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
    String col_agency();

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
    String extended_by(String days);

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
    String decisions_heading();

    @Message
    String decisions_none();

    @Message
    String decisions_title();

    @Message
    String decisions_intro();

    @Message
    String decisions_none_yet();

    @Message
    String decision_on_report(String year);

    @Message
    String decision_on_revision(String revision);

    @Message
    String decision_hearing(String date, String place);

    @Message
    String consent_agenda();

    @Message
    String vote(String tally);

    @Message
    String conditions_heading();

    @Message
    String redline_link();

    @Message
    String redline_title(String technology);

    @Message
    String redline_crumb();

    @Message
    String redline_one_revision();

    @Message
    String redline_from();

    @Message
    String redline_to();

    @Message
    String redline_compare();

    @Message
    String revision_option(String revision, String by, String date);

    @Message
    String redline_intro(String from, String fromBy, String fromDate, String to, String toBy, String toDate);

    @Message
    String redline_legend();

    @Message
    String redline_no_changes();

    @Message
    String redline_caption(String count);

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
    String section_use();

    @Message
    String section_sharing();

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
    String board_title();

    @Message
    String board_intro();

    @Message
    String board_queue_heading();

    @Message
    String board_queue_empty();

    @Message
    String board_queue_caption();

    @Message
    String disclosure_revision(String revision);

    @Message
    String board_review_this();

    @Message
    String board_late_heading();

    @Message
    String board_late_empty();

    @Message
    String board_late_caption();

    @Message
    String extension_grant_link();

    @Message
    String review_title(String technology);

    @Message
    String review_of_report(String year, String agency);

    @Message
    String review_of_revision(String revision, String agency);

    @Message
    String review_read_report();

    @Message
    String review_read_disclosure();

    @Message
    String review_record();

    @Message
    String extension_title(String technology, String year);

    @Message
    String extension_intro(String agency, String due, String max);

    @Message
    String extension_grant();

    @Message
    String exigent_title();

    @Message
    String exigent_intro(String agency);

    @Message
    String exigent_none();

    @Message
    String exigent_caption();

    @Message
    String exigent_reported_on(String date);

    @Message
    String exigent_report_now();

    @Message
    String exigent_new();

    @Message
    String exigent_not_in_inventory();

    @Message
    String exigent_record();

    @Message
    String exigent_report_title(String technology);

    @Message
    String exigent_submit_report();

    @Message
    String exigent_since(String date);

    @Message
    String compliance_title();

    @Message
    String compliance_intro();

    @Message
    String compliance_overall();

    @Message
    String compliance_by_agency();

    @Message
    String compliance_sort();

    @Message
    String compliance_sort_apply();

    @Message
    String sort_agency_az();

    @Message
    String sort_agency_za();

    @Message
    String sort_most_first();

    @Message
    String compliance_caption();

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
