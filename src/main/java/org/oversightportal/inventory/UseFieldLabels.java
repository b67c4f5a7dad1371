package org.oversightportal.inventory;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Disclosure form labels, first part: the technology, its use, data, hosting, sharing, deployment and costs.
 * In messages/dfu_*.properties; templates use them as {dfu:key}, or {text:of(key)} for a key computed at run time.
 */
@MessageBundle(value = "dfu", locale = "en")
public interface UseFieldLabels {

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
}
