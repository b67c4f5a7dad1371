package org.oversightportal.comments;

import org.oversightportal.common.Labelled;

/**
 * Where a comment stands. Nothing is public before a moderator publishes it; rejected and hidden
 * comments are kept, never deleted.
 */
public enum CommentStatus implements Labelled {
    PENDING, PUBLISHED, REJECTED, HIDDEN,
    /** Flagged by enough residents: out of the public thread until a moderator reviews it. */
    FLAGGED;

    @Override
    public String messagePrefix() {
        return "comment_status";
    }
}
