package org.oversightportal.home;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The home page.
 * In messages/home_*.properties; templates use them as {home:key}, or {text:of(key)} for a key computed at run time.
 */
@MessageBundle(value = "home", locale = "en")
public interface HomeMessages {

    @Message
    String home_title();

    @Message
    String home_heading();

    @Message
    String home_intro();

    @Message
    String home_explain();

    @Message
    String home_headlines();

    @Message
    String home_count_technologies();

    @Message
    String home_count_agencies();

    @Message
    String home_count_vendors();

    @Message
    String home_count_without_approval();

    @Message
    String home_count_nda_withheld();

    @Message
    String home_count_face();

    @Message
    String home_recent();

    @Message
    String home_browse();
}
