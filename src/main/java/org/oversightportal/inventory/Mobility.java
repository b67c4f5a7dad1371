package org.oversightportal.inventory;

import org.oversightportal.common.Labelled;

/** Whether a deployment is fixed in one place or moves (vehicles, body-worn, drones). */
public enum Mobility implements Labelled {
    FIXED, MOBILE;

    @Override
    public String messagePrefix() {
        return "mobility";
    }
}
