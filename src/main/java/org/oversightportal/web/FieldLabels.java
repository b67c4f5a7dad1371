package org.oversightportal.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Labels and hints of form fields ({field:key}), in messages/field_*.properties.
 */
@MessageBundle(value = "field", locale = "en")
public interface FieldLabels {

    @Message
    String field_website();

    @Message
    String field_contact();

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
    String field_name();

    @Message
    String field_product();

    @Message
    String field_vendor();

    @Message
    String field_category();

    @Message
    String field_agency();

    @Message
    String field_description();

    @Message
    String field_purpose();

    @Message
    String field_authorizedUses();

    @Message
    String field_prohibitedUses();

    @Message
    String field_benefits();

    @Message
    String field_legalAuthority();

    @Message
    String field_capabilities();

    @Message
    String field_otherCapabilities();

    @Message
    String field_dataTypes();

    @Message
    String field_dataMinimization();

    @Message
    String field_dataSources();

    @Message
    String field_source_name();

    @Message
    String field_source_records();

    @Message
    String field_notes();

    @Message
    String field_retention();

    @Message
    String field_retentionDays();

    @Message
    String field_retentionIndefinite();

    @Message
    String field_deletionPractice();

    @Message
    String field_accessControls();

    @Message
    String field_auditOfUse();

    @Message
    String field_publicAccess();

    @Message
    String field_hostingType();

    @Message
    String field_hostingProvider();

    @Message
    String field_hostingRegion();

    @Message
    String field_hostingCertifications();

    @Message
    String field_partner_name();

    @Message
    String field_partner_level();

    @Message
    String field_partner_legal_standard();

    @Message
    String field_partner_agreement();

    @Message
    String field_location_place();

    @Message
    String field_location_mounted_on();

    @Message
    String field_location_mobility();

    @Message
    String field_location_signage();

    @Message
    String field_costInitial();

    @Message
    String field_costAnnual();

    @Message
    String field_costPersonnel();

    @Message
    String field_currency();

    @Message
    String field_costItems();

    @Message
    String field_cost_description();

    @Message
    String field_cost_amount();

    @Message
    String field_cost_amount_high();

    @Message
    String field_cost_period();

    @Message
    String field_cost_date();

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
    String field_link_title();

    @Message
    String field_link_url();

    @Message
    String field_link_date();

    @Message
    String field_slug();

    @Message
    String field_agency_name();

    @Message
    String field_agency_kind();

    @Message
    String field_jurisdiction();

    @Message
    String field_contact_name();

    @Message
    String field_contact_email();

    @Message
    String field_contact_phone();

    @Message
    String field_vendor_name();

    @Message
    String field_parent();

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
    String field_comment_body();

    @Message
    String field_comment_displayName();

    @Message
    String field_comment_email();

    @Message
    String field_comment_website();

    @Message
    String hint_comment_displayName();

    @Message
    String hint_comment_email();

    @Message
    String field_period_opensOn();

    @Message
    String field_period_closesOn();

    @Message
    String field_period_note();

    @Message
    String hint_period_date();

    @Message
    String hint_period_closesOn();

    @Message
    String hint_period_note();

    @Message
    String field_response_body();

    @Message
    String hint_response_body();

    @Message
    String field_answer_text();
}
