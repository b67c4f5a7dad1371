package org.oversightportal.inventory;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The agency staff workspace: drafts, the disclosure form's frame, and its checks.
 * In messages/invs_*.properties; templates use them as {invs:key}, or {text:of(key)} for a key computed at run time.
 */
@MessageBundle(value = "invs", locale = "en")
public interface StaffMessages {

    @Message
    String untitled_draft();

    @Message
    String col_revision();

    @Message
    String col_submitted_by();

    @Message
    String col_updated();

    @Message
    String col_kind_of_draft();

    @Message
    String staff_heading(String agency);

    @Message
    String staff_intro();

    @Message
    String staff_new_disclosure();

    @Message
    String staff_drafts();

    @Message
    String staff_drafts_caption();

    @Message
    String staff_no_drafts();

    @Message
    String staff_submitted();

    @Message
    String staff_submitted_caption();

    @Message
    String staff_no_submitted();

    @Message
    String draft_new();

    @Message
    String draft_revision();

    @Message
    String notice_submitted();

    @Message
    String form_title_new();

    @Message
    String form_title_editing(String title);

    @Message
    String form_heading_new();

    @Message
    String form_heading_revision(String name);

    @Message
    String form_intro(String agency);

    @Message
    String form_save_draft();

    @Message
    String form_submit();

    @Message
    String form_submit_revision();

    @Message
    String form_discard();

    @Message
    String form_submit_note();

    @Message
    String error_retention();

    @Message
    String error_retention_both();

    @Message
    String error_hosting_provider();

    @Message
    String error_range_order();

    @Message
    String error_currency();

    @Message
    String error_funding_required();

    @Message
    String error_contract_end();

    @Message
    String error_nda_notice_without_nda();

    @Message
    String notice_period_changed();
}
