package org.oversightportal.comments;

import org.oversightportal.common.Labelled;

/** Why a moderator did not publish a comment, or hid a published one; shown publicly. */
public enum RejectReason implements Labelled {
    SPAM, OFF_TOPIC, PERSONAL_INFORMATION, THREAT_OR_HARASSMENT, DUPLICATE, OTHER;

    @Override
    public String messagePrefix() {
        return "reject_reason";
    }
}
