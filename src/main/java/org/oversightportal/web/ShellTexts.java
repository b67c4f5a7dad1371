package org.oversightportal.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The shell's own texts: layout, navigation, language, error pages, and the words the shared tags use (form frame, pager, problem summary, table headings every feature shows).
 * In messages/msg_*.properties; templates use them as {msg:key}, or {text:of(key)} for a key computed at run time.
 */
@MessageBundle(value = "msg", locale = "en")
public interface ShellTexts {

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
    String pagination_label();

    @Message
    String pagination_first();

    @Message
    String pagination_next();

    @Message
    String col_technology();

    @Message
    String col_agency();

    @Message
    String col_status();

    @Message
    String col_technologies();

    @Message
    String col_submitted_at();

    @Message
    String staff_title();

    @Message
    String notice_saved();

    @Message
    String notice_row_added();

    @Message
    String notice_discarded();

    @Message
    String form_required_note();

    @Message
    String error_summary_title(String count);

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
    String error_slug();

    @Message
    String error_slug_taken();

    @Message
    String nav_comments();

    @Message
    String nav_moderation();

    @Message
    String unavailable_signin_title();

    @Message
    String unavailable_signin_text();

    @Message
    String unavailable_database_title();

    @Message
    String unavailable_database_text();

    @Message
    String field_website();

    @Message
    String field_slug();

    @Message
    String field_comment_body();

    @Message
    String field_comment_website();

    @Message
    String signout_title();

    @Message
    String signout_text(String name);

    @Message
    String signout_button();

    @Message
    String error_line_break();

    @Message
    String error_too_many_rows(String arg);
}
