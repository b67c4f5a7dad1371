package org.oversightportal.compliance;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The compliance dashboard and the labels of its measures.
 * In messages/cp_*.properties; templates use them as {cp:key}, or {text:of(key)} for a key computed at run time.
 */
@MessageBundle(value = "cp", locale = "en")
public interface ComplianceMessages {

    @Message
    String measure_without_approval();

    @Message
    String measure_overdue();

    @Message
    String measure_due_soon();

    @Message
    String measure_nda_withheld();

    @Message
    String measure_exigent_unreported();

    @Message
    String measure_changes_unanswered();

    @Message
    String compliance_title();

    @Message
    String compliance_intro();

    @Message
    String compliance_overall();

    @Message
    String compliance_by_agency();

    @Message
    String compliance_sort();

    @Message
    String compliance_sort_apply();

    @Message
    String compliance_caption();
}
