package org.oversightportal.exigent;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Exigent uses: the staff form and the public list.
 * In messages/ex_*.properties; templates use them as {ex:key}, or {text:of(key)} for a key computed at run time.
 */
@MessageBundle(value = "ex", locale = "en")
public interface ExigentMessages {

    @Message
    String error_exigent_future();

    @Message
    String error_exigent_end_before_start();

    @Message
    String error_exigent_reported();

    @Message
    String notice_recorded();

    @Message
    String field_exigent_technology();

    @Message
    String field_exigent_startedOn();

    @Message
    String field_exigent_reason();

    @Message
    String field_exigent_dataKept();

    @Message
    String exigent_title();

    @Message
    String exigent_intro(String agency);

    @Message
    String exigent_none();

    @Message
    String exigent_caption();

    @Message
    String exigent_reported_on(String date);

    @Message
    String exigent_report_now();

    @Message
    String exigent_new();

    @Message
    String exigent_not_in_inventory();

    @Message
    String exigent_record();

    @Message
    String exigent_report_title(String technology);

    @Message
    String exigent_submit_report();

    @Message
    String exigent_since(String date);
}
