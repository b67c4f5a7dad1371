package org.oversightportal.inventory;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Hints under the disclosure form's fields, and the captions of its repeated rows.
 * In messages/dfh_*.properties; templates use them as {dfh:key}, or {text:of(key)} for a key computed at run time.
 */
@MessageBundle(value = "dfh", locale = "en")
public interface FieldHints {

    @Message
    String row_data_source(String n);

    @Message
    String row_partner(String n);

    @Message
    String row_location(String n);

    @Message
    String row_cost(String n);

    @Message
    String row_funding(String n);

    @Message
    String row_link(String n);

    @Message
    String add_data_source();

    @Message
    String add_partner();

    @Message
    String add_location();

    @Message
    String add_cost();

    @Message
    String add_funding();

    @Message
    String add_link();

    @Message
    String hint_name();

    @Message
    String hint_product();

    @Message
    String hint_vendor();

    @Message
    String hint_category();

    @Message
    String hint_description();

    @Message
    String hint_benefits();

    @Message
    String hint_legalAuthority();

    @Message
    String hint_capabilities();

    @Message
    String hint_dataTypes();

    @Message
    String hint_dataSources();

    @Message
    String hint_whole_number();

    @Message
    String hint_retentionDays();

    @Message
    String hint_accessControls();

    @Message
    String hint_hostingProvider();

    @Message
    String hint_hostingRegion();

    @Message
    String hint_hostingCertifications();

    @Message
    String hint_sharing();

    @Message
    String hint_costs();

    @Message
    String hint_money();

    @Message
    String hint_currency();

    @Message
    String hint_costItems();

    @Message
    String hint_cost_amount_high();

    @Message
    String hint_funding();

    @Message
    String hint_grantor();

    @Message
    String hint_helped_by();

    @Message
    String hint_date();

    @Message
    String hint_ndaStatus();

    @Message
    String hint_vendorObligations();

    @Message
    String hint_civilLibertiesAssessment();

    @Message
    String hint_alternativesConsidered();

    @Message
    String hint_retiredReason();

    @Message
    String hint_approval();

    @Message
    String hint_approvalVote();

    @Message
    String hint_url();

    @Message
    String hint_slug();

    @Message
    String hint_slug_fixed();

    @Message
    String hint_jurisdiction();

    @Message
    String hint_parent();

    @Message
    String hint_comment_displayName();

    @Message
    String hint_comment_email();

    @Message
    String hint_period_date();

    @Message
    String hint_period_closesOn();

    @Message
    String hint_period_note();

    @Message
    String hint_response_body();

    @Message
    String hint_review_hearingPlace();

    @Message
    String hint_review_conditions();

    @Message
    String hint_review_legislation();

    @Message
    String hint_extension_reason();

    @Message
    String hint_exigent_technology();

    @Message
    String hint_exigent_technologyName();

    @Message
    String hint_exigent_reason();

    @Message
    String hint_exigent_dataKept();

    @Message
    String hint_exigent_reportText();

    @Message
    String hint_subscription_email();
}
