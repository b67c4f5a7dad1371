package org.oversightportal.inventory;

import org.oversightportal.common.Labelled;

/** The oversight body's decision on the disclosure, as recorded. */
public enum ApprovalStatus implements Labelled {
    NOT_REVIEWED, APPROVED, APPROVED_WITH_CONDITIONS, CHANGES_REQUESTED, REJECTED;

    @Override
    public String messagePrefix() {
        return "approval";
    }
}
