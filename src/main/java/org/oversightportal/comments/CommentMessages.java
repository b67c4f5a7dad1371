package org.oversightportal.comments;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Comments beyond the first form: campaigns, flags, the agency's answers and response, period changes, rate limits and the emails residents receive.
 * In messages/cm_*.properties; templates use them as {cm:key}, or {text:of(key)} for a key computed at run time.
 */
@MessageBundle(value = "cm", locale = "en")
public interface CommentMessages {

    @Message
    String campaign_tag();

    @Message
    String campaign_copies(String count);

    @Message
    String campaign_submitted_by(String count);

    @Message
    String campaign_first_on(String date);

    @Message
    String campaign_removed_count(String count);

    @Message
    String select_campaign(String count, String tracking);

    @Message
    String comment_under_review();

    @Message
    String flag_link();

    @Message
    String flag_link_which(String tracking);

    @Message
    String flag_title();

    @Message
    String flag_intro();

    @Message
    String flag_reason_legend();

    @Message
    String flag_reason_missing();

    @Message
    String flag_submit();

    @Message
    String flag_done_title();

    @Message
    String flag_done_recorded();

    @Message
    String flag_done_hidden();

    @Message
    String flag_done_already();

    @Message
    String flag_gone_title();

    @Message
    String flag_done_gone();

    @Message
    String flag_back(String technology);

    @Message
    String flagged_tag();

    @Message
    String flagged_by(String count);

    @Message
    String moderation_groups_hint();

    @Message
    String moderation_keep_hidden();

    @Message
    String moderation_reason_hint();

    @Message
    String moderation_stale();

    @Message
    String moderation_periods_link();

    @Message
    String period_changed(String date, String note);

    @Message
    String period_edit_link();

    @Message
    String period_edit_crumb();

    @Message
    String period_edit_title(String technology);

    @Message
    String period_edit_intro(String agency);

    @Message
    String period_current(String opens, String closes);

    @Message
    String period_open();

    @Message
    String period_closed();

    @Message
    String rate_limited_title();

    @Message
    String rate_limited_text(String minutes);

    @Message
    String rate_limited_flag_text(String minutes);

    @Message
    String response_heading();

    @Message
    String response_heading_public(String agency);

    @Message
    String response_published_on(String published, String updated);

    @Message
    String response_after_close();

    @Message
    String response_after_close_text(String date);

    @Message
    String response_missing();

    @Message
    String response_published();

    @Message
    String response_publish();

    @Message
    String response_update();

    @Message
    String answer_from(String agency);

    @Message
    String answer_label(String tracking);

    @Message
    String answer_hint();

    @Message
    String answer_publish();

    @Message
    String answer_update();

    @Message
    String answered_of(String answered, String published);

    @Message
    String cm_col_period();

    @Message
    String cm_col_received();

    @Message
    String col_waiting();

    @Message
    String col_answered();

    @Message
    String col_response();

    @Message
    String staff_comments_title();

    @Message
    String staff_comments_intro(String agency);

    @Message
    String staff_comments_none();

    @Message
    String staff_comments_caption();

    @Message
    String staff_comments_summary(String waiting, String open);

    @Message
    String staff_comments_link();

    @Message
    String staff_period_title(String technology);

    @Message
    String staff_public_view();

    @Message
    String staff_thread_heading();

    @Message
    String thread_pages_label();

    @Message
    String thread_previous();

    @Message
    String thread_next();

    @Message
    String thread_page_of(String page, String pages);

    @Message
    String mail_receipt_subject(String tracking);

    @Message
    String mail_receipt_intro(String technology);

    @Message
    String mail_tracking(String tracking);

    @Message
    String mail_premoderation();

    @Message
    String mail_status_subject(String tracking);

    @Message
    String mail_status_intro(String tracking, String technology);

    @Message
    String mail_status_now();

    @Message
    String mail_status_link();

    @Message
    String mail_why();

    @Message
    String mail_receipt_link();

    @Message
    String mail_flags_hidden_subject(String tracking);

    @Message
    String mail_flags_held_subject(String tracking);

    @Message
    String mail_flags_hidden(String tracking, String flags);

    @Message
    String mail_flags_held(String tracking, String flags, String networks);

    @Message
    String mail_flags_link();
}
