package org.oversightportal.inventory;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The redline: what changed between two revisions.
 * In messages/rd_*.properties; templates use them as {rd:key}, or {text:of(key)} for a key computed at run time.
 */
@MessageBundle(value = "rd", locale = "en")
public interface RedlineMessages {

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
    String redline_intro(String from, String fromBy, String fromDate, String to, String toBy, String toDate);

    @Message
    String redline_legend();

    @Message
    String redline_no_changes();

    @Message
    String redline_caption(String count);
}
