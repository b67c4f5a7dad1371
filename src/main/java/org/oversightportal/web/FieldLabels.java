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

    @Message
    String rf_usageSummary();

    @Message
    String rh_usageSummary();

    @Message
    String rf_dataCollected();

    @Message
    String rh_dataCollected();

    @Message
    String rf_capturedNonSuspects();

    @Message
    String rf_geographicBreakdown();

    @Message
    String rh_geographicBreakdown();

    @Message
    String rh_usageCounts();

    @Message
    String rf_row_usageCounts(String n);

    @Message
    String rf_usageCounts_label();

    @Message
    String rf_usageCounts_count();

    @Message
    String rf_add_usageCounts();

    @Message
    String rf_row_sharing(String n);

    @Message
    String rf_sharing_recipient();

    @Message
    String rf_sharing_frequency();

    @Message
    String rf_sharing_dataTypes();

    @Message
    String rf_sharing_legalStandard();

    @Message
    String rf_add_sharing();

    @Message
    String rf_newSharingAgreements();

    @Message
    String rf_complaintsCount();

    @Message
    String rf_complaintsSummary();

    @Message
    String rf_policyAdequate();

    @Message
    String rh_policyAdequate();

    @Message
    String rf_internalAudits();

    @Message
    String rf_violationsCount();

    @Message
    String rf_violationsActions();

    @Message
    String rf_breachesCount();

    @Message
    String rf_breachesSummary();

    @Message
    String rf_recordsRequestsCount();

    @Message
    String rf_effectiveness();

    @Message
    String rh_effectiveness();

    @Message
    String rf_row_effectivenessStatistics(String n);

    @Message
    String rf_effectivenessStatistics_label();

    @Message
    String rf_effectivenessStatistics_value();

    @Message
    String rf_effectivenessStatistics_unit();

    @Message
    String rf_add_effectivenessStatistics();

    @Message
    String rf_disparateImpact();

    @Message
    String rh_disparateImpact();

    @Message
    String rf_totalCost();

    @Message
    String rf_personnelCost();

    @Message
    String rf_nextYearFunding();

    @Message
    String rf_requestedPolicyChanges();

    @Message
    String rf_newProducts();

    @Message
    String field_review_hearingDate();

    @Message
    String field_review_hearingPlace();

    @Message
    String hint_review_hearingPlace();

    @Message
    String field_review_decision();

    @Message
    String field_review_confirm();

    @Message
    String field_review_conditions();

    @Message
    String hint_review_conditions();

    @Message
    String field_review_vote();

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
    String hint_review_legislation();

    @Message
    String field_review_rationale();

    @Message
    String field_extension_days();

    @Message
    String field_extension_reason();

    @Message
    String hint_extension_reason();

    @Message
    String field_exigent_technology();

    @Message
    String hint_exigent_technology();

    @Message
    String field_exigent_technologyName();

    @Message
    String hint_exigent_technologyName();

    @Message
    String field_exigent_startedOn();

    @Message
    String field_exigent_endedOn();

    @Message
    String field_exigent_reason();

    @Message
    String hint_exigent_reason();

    @Message
    String field_exigent_dataKept();

    @Message
    String hint_exigent_dataKept();

    @Message
    String field_exigent_reportText();

    @Message
    String hint_exigent_reportText();

    @Message
    String field_subscription_email();

    @Message
    String hint_subscription_email();

    @Message
    String field_subscription_topic();

    @Message
    String field_subscription_frequency();
}
