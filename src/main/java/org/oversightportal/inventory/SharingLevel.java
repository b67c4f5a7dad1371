package org.oversightportal.inventory;

import org.oversightportal.common.Labelled;

/** The level of government (or private party) data is shared with. */
public enum SharingLevel implements Labelled {
    LOCAL, STATE, FEDERAL, PRIVATE, OTHER;

    @Override
    public String messagePrefix() {
        return "sharing_level";
    }
}
