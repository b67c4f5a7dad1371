package org.oversightportal.inventory;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Disclosure form labels, second part: funding, contract, NDA, approval, assessment and sources.
 * In messages/dfr_*.properties; templates use them as {dfr:key}, or {text:of(key)} for a key computed at run time.
 */
@MessageBundle(value = "dfr", locale = "en")
public interface RecordFieldLabels {

    @Message
    String field_fundingSources();

    @Message
    String field_funding_kind();

    @Message
    String field_funding_description();

    @Message
    String field_funding_amount();

    @Message
    String field_funding_grantor();

    @Message
    String field_funding_helped_by();

    @Message
    String field_contractStart();

    @Message
    String field_contractRenewal();

    @Message
    String field_contractEnd();

    @Message
    String field_ndaStatus();

    @Message
    String field_ndaRequiresRecordsNotice();

    @Message
    String field_vendorObligations();

    @Message
    String field_civilLibertiesAssessment();

    @Message
    String field_trainingAndOversight();

    @Message
    String field_alternativesConsidered();

    @Message
    String field_lifecycleStatus();

    @Message
    String field_retiredReason();

    @Message
    String field_approvalStatus();

    @Message
    String field_link_title();

    @Message
    String field_link_url();

    @Message
    String field_link_date();

    @Message
    String field_jurisdiction();

    @Message
    String field_comment_displayName();

    @Message
    String field_comment_email();

    @Message
    String field_period_opensOn();

    @Message
    String field_period_closesOn();

    @Message
    String field_period_note();

    @Message
    String field_response_body();

    @Message
    String field_answer_text();

    @Message
    String field_review_hearingDate();

    @Message
    String field_review_hearingPlace();

    @Message
    String field_review_decision();

    @Message
    String field_review_confirm();

    @Message
    String field_review_conditions();

    @Message
    String field_review_consentAgenda();

    @Message
    String field_review_votesFor();

    @Message
    String field_review_votesAgainst();

    @Message
    String field_review_votesAbstain();

    @Message
    String field_review_legislation();

    @Message
    String field_review_rationale();

    @Message
    String field_extension_days();

    @Message
    String field_extension_reason();

    @Message
    String field_exigent_technologyName();

    @Message
    String field_exigent_endedOn();

    @Message
    String field_exigent_reportText();

    @Message
    String field_subscription_email();

    @Message
    String field_subscription_topic();

    @Message
    String field_subscription_frequency();
}
