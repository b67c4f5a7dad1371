package org.oversightportal.inventory;

import org.oversightportal.common.Labelled;

/** Who holds the data: the agency itself, the vendor's cloud, or a public cloud provider. */
public enum HostingType implements Labelled {
    ON_PREMISES, VENDOR_CLOUD, PUBLIC_CLOUD;

    @Override
    public String messagePrefix() {
        return "hosting_type";
    }
}
