package org.oversightportal.vendors;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Vendor pages and the admin's vendor management.
 * In messages/vn_*.properties; templates use them as {vn:key}, or {text:of(key)} for a key computed at run time.
 */
@MessageBundle(value = "vn", locale = "en")
public interface VendorMessages {

    @Message
    String col_parent();

    @Message
    String col_products();

    @Message
    String col_hosted();

    @Message
    String vendors_title();

    @Message
    String vendors_intro();

    @Message
    String vendors_caption(String count);

    @Message
    String vendor_subsidiaries();

    @Message
    String vendor_agencies();

    @Message
    String vendor_agencies_caption();

    @Message
    String vendor_no_agencies();

    @Message
    String vendor_ndas();

    @Message
    String vendor_ndas_caption();

    @Message
    String vendor_products(String count);

    @Message
    String vendor_hosted(String count);

    @Message
    String no_parent();

    @Message
    String admin_vendors_title();

    @Message
    String admin_vendors_intro();

    @Message
    String admin_vendors_caption();

    @Message
    String admin_vendor_new();

    @Message
    String admin_vendor_edit();

    @Message
    String error_parent_cycle();

    @Message
    String field_vendor_name();

    @Message
    String field_parent();
}
