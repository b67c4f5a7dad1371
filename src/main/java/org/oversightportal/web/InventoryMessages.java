package org.oversightportal.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Texts of the inventory's filter form that the main bundle has no room for (msg is near Quarkus's limit of
 * 300 keys). In messages/inv_*.properties; templates use them as {inv:key}.
 */
@MessageBundle(value = "inv", locale = "en")
public interface InventoryMessages {

    @Message
    String filter_agency_many();

    @Message
    String filter_vendor_many();

    @Message
    String filter_hosting_many();
}
