package org.oversightportal.board;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The oversight board: queue, review, decisions, extensions, and the labels of decisions.
 * In messages/bd_*.properties; templates use them as {bd:key}, or {text:of(key)} for a key computed at run time.
 */
@MessageBundle(value = "bd", locale = "en")
public interface BoardMessages {

    @Message
    String error_review_stale();

    @Message
    String error_review_done();

    @Message
    String error_review_nothing_reported();

    @Message
    String notice_approval_confirmed();

    @Message
    String error_review_hearing_future();

    @Message
    String error_review_conditions();

    @Message
    String error_review_conditions_unused();

    @Message
    String error_review_vote();

    @Message
    String error_extension_days(String max);

    @Message
    String error_extension_once();

    @Message
    String error_extension_submitted();

    @Message
    String notice_decided();

    @Message
    String notice_extended();

    @Message
    String error_review_period_open();

    @Message
    String field_approvalBody();

    @Message
    String field_approvalDate();

    @Message
    String field_approvalLegislation();

    @Message
    String field_approvalVote();

    @Message
    String field_approvalConditions();

    @Message
    String field_review_vote();

    @Message
    String decision_approve();

    @Message
    String decision_approve_with_conditions();

    @Message
    String decision_request_changes();

    @Message
    String decision_reject();

    @Message
    String decision_continue();

    @Message
    String decision_modify();

    @Message
    String decision_cease();

    @Message
    String extended_by(String days);

    @Message
    String decisions_heading();

    @Message
    String decisions_none();

    @Message
    String decisions_title();

    @Message
    String decisions_intro();

    @Message
    String decisions_none_yet();

    @Message
    String decision_on_report(String year);

    @Message
    String decision_on_revision(String revision);

    @Message
    String decision_hearing(String date, String place);

    @Message
    String consent_agenda();

    @Message
    String vote(String tally);

    @Message
    String conditions_heading();

    @Message
    String board_title();

    @Message
    String board_intro();

    @Message
    String board_queue_heading();

    @Message
    String board_queue_empty();

    @Message
    String board_queue_caption();

    @Message
    String board_review_this();

    @Message
    String board_late_heading();

    @Message
    String board_late_empty();

    @Message
    String board_late_caption();

    @Message
    String extension_grant_link();

    @Message
    String review_title(String technology);

    @Message
    String review_of_report(String year, String agency);

    @Message
    String review_of_revision(String revision, String agency);

    @Message
    String review_read_report();

    @Message
    String review_read_disclosure();

    @Message
    String review_record();

    @Message
    String extension_title(String technology, String year);

    @Message
    String extension_intro(String agency, String due, String max);

    @Message
    String extension_grant();
}
