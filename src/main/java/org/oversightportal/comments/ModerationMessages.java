package org.oversightportal.comments;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Moderation: the queue, its actions and checks, and the labels of comment statuses and reasons.
 * In messages/mod_*.properties; templates use them as {mod:key}, or {text:of(key)} for a key computed at run time.
 */
@MessageBundle(value = "mod", locale = "en")
public interface ModerationMessages {

    @Message
    String error_comments_closed();

    @Message
    String error_comments_not_open();

    @Message
    String error_comment_too_fast();

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
    String error_period_too_far();

    @Message
    String comment_status_pending();

    @Message
    String comment_status_published();

    @Message
    String comment_status_rejected();

    @Message
    String comment_status_hidden();

    @Message
    String reject_reason_spam();

    @Message
    String reject_reason_off_topic();

    @Message
    String reject_reason_personal_information();

    @Message
    String reject_reason_threat_or_harassment();

    @Message
    String reject_reason_duplicate();

    @Message
    String reject_reason_other();

    @Message
    String comment_status_flagged();
}
