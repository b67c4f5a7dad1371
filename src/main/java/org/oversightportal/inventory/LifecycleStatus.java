package org.oversightportal.inventory;

import org.oversightportal.common.Labelled;

/** Where the technology is in its life at the agency. Approval is recorded separately. */
public enum LifecycleStatus implements Labelled {
    PROPOSED, PILOT, IN_USE, RETIRED;

    @Override
    public String messagePrefix() {
        return "lifecycle";
    }
}
