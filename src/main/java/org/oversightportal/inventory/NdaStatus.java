package org.oversightportal.inventory;

import org.oversightportal.common.Labelled;

/** Non-disclosure agreements keep contracts from the public; whether one exists and is published. */
public enum NdaStatus implements Labelled {
    NONE, SIGNED_PUBLISHED, SIGNED_WITHHELD;

    @Override
    public String messagePrefix() {
        return "nda_status";
    }
}
