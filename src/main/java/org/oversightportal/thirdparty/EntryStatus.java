package org.oversightportal.thirdparty;

import org.oversightportal.common.Labelled;

/** Where a third party's report stands with the agency it names. */
public enum EntryStatus implements Labelled {
    /** As reported; the agency has said nothing yet. */
    UNCONFIRMED,
    /** The agency confirmed it and opened a draft disclosure from it. */
    CONFIRMED,
    /** The agency says it is wrong, and why. */
    DISPUTED;

    @Override
    public String messagePrefix() {
        return "entry_status";
    }
}
