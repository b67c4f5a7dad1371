package org.oversightportal.comments;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The comment form, receipt, lookup, the thread on a technology page and the list of comment periods.
 * In messages/cmp_*.properties; templates use them as {cmp:key}, or {text:of(key)} for a key computed at run time.
 */
@MessageBundle(value = "cmp", locale = "en")
public interface PublicCommentMessages {

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
}
