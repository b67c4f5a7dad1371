package org.oversightportal.reports;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The annual report form's labels and hints.
 * In messages/rpf_*.properties; templates use them as {rpf:key}, or {text:of(key)} for a key computed at run time.
 */
@MessageBundle(value = "rpf", locale = "en")
public interface ReportFieldLabels {

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
}
