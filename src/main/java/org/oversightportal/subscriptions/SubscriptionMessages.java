package org.oversightportal.subscriptions;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Email subscriptions: the pages and the emails.
 * In messages/sb_*.properties; templates use them as {sb:key}, or {text:of(key)} for a key computed at run time.
 */
@MessageBundle(value = "sb", locale = "en")
public interface SubscriptionMessages {

    @Message
    String sub_title();

    @Message
    String sub_intro();

    @Message
    String sub_scope(String name);

    @Message
    String sub_scope_all();

    @Message
    String sub_scope_change();

    @Message
    String sub_topic_legend();

    @Message
    String sub_frequency_legend();

    @Message
    String topic_technologies();

    @Message
    String topic_comment_periods();

    @Message
    String topic_decisions();

    @Message
    String topic_overdue_reports();

    @Message
    String freq_immediate();

    @Message
    String freq_weekly();

    @Message
    String sub_submit();

    @Message
    String sub_sent_title();

    @Message
    String sub_sent_text();

    @Message
    String sub_sent_missing();

    @Message
    String sub_confirm_title();

    @Message
    String sub_confirm_text(String what, String frequency);

    @Message
    String sub_confirm_button();

    @Message
    String sub_confirmed_title();

    @Message
    String sub_confirmed_text(String what, String frequency);

    @Message
    String sub_confirmed_stop();

    @Message
    String sub_unsubscribed_title();

    @Message
    String sub_unsubscribed_text(String what);

    @Message
    String sub_undo_text();

    @Message
    String sub_undo_button();

    @Message
    String sub_unsubscribe_title();

    @Message
    String sub_unsubscribe_text(String what);

    @Message
    String sub_unsubscribe_button();

    @Message
    String sub_follow_technology();

    @Message
    String sub_follow_agency();

    @Message
    String sub_follow_vendor();

    @Message
    String sub_follow_all();

    @Message
    String mail_confirm_subject(String what);

    @Message
    String mail_confirm_intro(String portal, String what, String frequency);

    @Message
    String mail_confirm_link();

    @Message
    String mail_confirm_ignore();

    @Message
    String mail_existing_subject(String what);

    @Message
    String mail_existing_text(String what, String frequency);

    @Message
    String mail_item_subject(String title);

    @Message
    String mail_items_subject(String count, String what);

    @Message
    String mail_digest_subject(String count, String what);

    @Message
    String mail_digest_intro(String what);

    @Message
    String mail_more(String count);

    @Message
    String mail_feed();

    @Message
    String mail_unsubscribe();

    @Message
    String sb_mail_why(String portal);

    @Message
    String bulk_title();

    @Message
    String bulk_text();

    @Message
    String bulk_link(String size);

    @Message
    String bulk_built(String when, String seconds);

    @Message
    String bulk_none();

    @Message
    String bulk_building();

    @Message
    String bulk_rebuild();

    @Message
    String bulk_rebuild_requested();

    @Message
    String bulk_files();

    @Message
    String bulk_file();

    @Message
    String bulk_rows();
}
