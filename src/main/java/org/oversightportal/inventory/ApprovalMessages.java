package org.oversightportal.inventory;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Texts about who owns a disclosure's approval (security review finding 2): the notice that a revision is back
 * before the board, the agency's report of an outside approval, and the clerk's confirmation of it. In
 * messages/apv_*.properties; templates use them as {apv:key}, and {apv:message(aspect.msgKey)} for the
 * {@link MaterialChange.Aspect} labels.
 */
@MessageBundle(value = "apv", locale = "en")
public interface ApprovalMessages {

    @Message
    String material_capabilities();

    @Message
    String material_data_types();

    @Message
    String material_retention();

    @Message
    String material_sharing();

    @Message
    String material_conditions();

    @Message
    String material_lifecycle();

    @Message
    String pending_heading();

    @Message
    String pending_notice(String revision);

    @Message
    String reported_notice(String body);

    @Message
    String form_board_owned();

    @Message
    String form_reported_hint();

    @Message
    String confirm_heading();

    @Message
    String confirm_intro();

    @Message
    String confirm_button();

    @Message
    String queue_reported();

    @Message
    String queue_pending();
}
