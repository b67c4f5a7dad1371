package org.oversightportal.agencies;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Agency pages, the admin's agency management, and the kinds of agency.
 * In messages/ag_*.properties; templates use them as {ag:key}, or {text:of(key)} for a key computed at run time.
 */
@MessageBundle(value = "ag", locale = "en")
public interface AgencyMessages {

    @Message
    String col_kind();

    @Message
    String col_jurisdiction();

    @Message
    String col_without_approval();

    @Message
    String agencies_title();

    @Message
    String agencies_intro();

    @Message
    String agencies_caption(String count);

    @Message
    String agency_technologies(String count);

    @Message
    String admin_agencies_title();

    @Message
    String admin_agencies_intro();

    @Message
    String admin_agencies_caption();

    @Message
    String admin_agency_new();

    @Message
    String admin_agency_edit();

    @Message
    String field_contact();

    @Message
    String field_agency_name();

    @Message
    String field_agency_kind();

    @Message
    String field_contact_name();

    @Message
    String field_contact_email();

    @Message
    String field_contact_phone();

    @Message
    String agency_kind_police();

    @Message
    String agency_kind_sheriff();

    @Message
    String agency_kind_school_district();

    @Message
    String agency_kind_transit();

    @Message
    String agency_kind_jail_corrections();

    @Message
    String agency_kind_public_health();

    @Message
    String agency_kind_housing();

    @Message
    String agency_kind_parks();

    @Message
    String agency_kind_other();
}
