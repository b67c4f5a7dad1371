package org.oversightportal.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Texts of the whole portal that no longer fit in {@link Messages} (which is full): signing out, and the
 * input checks every form shares. In messages/gen_*.properties; templates use them as {gen:key}. An error
 * key listed in {@link org.oversightportal.common.FieldErrors#GENERAL_KEYS} is shown from here.
 */
@MessageBundle(value = "gen", locale = "en")
public interface GeneralMessages {

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
